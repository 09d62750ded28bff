package de.foerderfluss.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password, because too many failed before it
 * under the same user name or from the same address. Says nothing about whether the
 * account exists.
 */
class LoginThrottledException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final Duration wait;

	LoginThrottledException(Duration wait) {
		super("Too many failed sign-ins; try again in " + wait.toSeconds() + " s");
		this.wait = wait;
	}

	/** Whole seconds to wait, at least one: the value of {@code Retry-After}. */
	long retryAfterSeconds() {
		long seconds = this.wait.toSeconds() + ((this.wait.toNanosPart() > 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

	/** Whole minutes to wait, at least one, as the login page says it. */
	long retryAfterMinutes() {
		return Math.max(1, (retryAfterSeconds() + 59) / 60);
	}

}
