package de.foerderfluss.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the security module.
 *
 * @param initialAdminPassword creates the administrator {@code admin} at the start while
 * there is none; empty (the default) creates nobody, since no default password exists
 * @param passwords what a password set by an administrator must be like
 * @param loginThrottle how failed sign-ins slow down further attempts
 */
@ConfigurationProperties("foerderfluss.security")
public record SecurityProperties(String initialAdminPassword, Passwords passwords, LoginThrottle loginThrottle) {

	public SecurityProperties {
		initialAdminPassword = (initialAdminPassword != null) ? initialAdminPassword : "";
		passwords = (passwords != null) ? passwords : new Passwords(null, null, null);
		loginThrottle = (loginThrottle != null) ? loginThrottle : new LoginThrottle(null, null);
	}

	/**
	 * @param minLength the fewest characters (10); BCrypt reads at most
	 * {@link #MAX_BYTES} bytes, so that is the upper limit
	 * @param adminMinLength the fewest characters for a person with the role
	 * {@code ADMIN} (12)
	 * @param minStrength the least strength on zxcvbn's scale from 0 (among the most
	 * common passwords) to 4 (very hard to guess); 3 (the default) stands for at least
	 * 10^8 guesses
	 */
	public record Passwords(Integer minLength, Integer adminMinLength, Integer minStrength) {

		static final int MAX_BYTES = 72;

		public Passwords {
			minLength = (minLength != null) ? minLength : 10;
			adminMinLength = (adminMinLength != null) ? adminMinLength : 12;
			minStrength = (minStrength != null) ? minStrength : 3;
		}

	}

	/**
	 * Failed sign-ins are counted per user name (whether an account of that name exists
	 * or not) and per client address; each count has its own rules.
	 *
	 * @param account per user name: 3 failures free, then 30 seconds, doubling up to 15
	 * minutes; forgotten a day after the last failure or at the next successful sign-in
	 * @param address per client address (IPv6 per /64 network): 10 failures free, then 30
	 * seconds, doubling up to 15 minutes; forgotten an hour after the last failure
	 */
	public record LoginThrottle(Rule account, Rule address) {

		public LoginThrottle {
			account = (account != null) ? account
					: new Rule(3, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofDays(1));
			address = (address != null) ? address
					: new Rule(10, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));
		}

	}

	/**
	 * How one kind of count slows down sign-ins: after {@code freeFailures} failures in a
	 * row, each further failure locks the next attempt for {@code firstWait}, doubled
	 * with every further failure and never longer than {@code longestWait}.
	 *
	 * @param freeFailures failures that cost nothing
	 * @param firstWait the wait after the first failure beyond the free ones
	 * @param longestWait the longest wait
	 * @param forgetAfter failures are forgotten this long after the last one
	 */
	public record Rule(int freeFailures, Duration firstWait, Duration longestWait, Duration forgetAfter) {

		public Rule {
			if (freeFailures < 0 || firstWait == null || longestWait == null || forgetAfter == null
					|| firstWait.isNegative() || longestWait.compareTo(firstWait) < 0 || forgetAfter.isZero()
					|| forgetAfter.isNegative()) {
				throw new IllegalArgumentException(
						"A login throttle rule needs free-failures >= 0, first-wait <= longest-wait and forget-after > 0");
			}
		}

	}

}
