package de.foerderfluss.notification;

import java.time.Duration;
import java.util.List;

/**
 * How long a mail waits after a failed attempt: soon at first, for a mail server that is
 * briefly away, then ever longer, until the outbox gives up after the maximum.
 */
record RetryPolicy(int maxAttempts) {

	private static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));

	private static final Duration LONGEST = Duration.ofHours(24);

	RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("At least one attempt is needed");
		}
	}

	/** The pause after the given number of failed attempts. */
	Duration delayAfter(int failedAttempts) {
		if (failedAttempts < 1) {
			return Duration.ZERO;
		}
		return (failedAttempts <= DELAYS.size()) ? DELAYS.get(failedAttempts - 1) : LONGEST;
	}

	boolean givesUpAfter(int failedAttempts) {
		return failedAttempts >= this.maxAttempts;
	}

}
