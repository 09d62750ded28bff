package de.foerderfluss.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the security module.
 *
 * @param initialAdminPassword creates the administrator {@code admin} at the start while
 * there is none; empty (the default) creates nobody, since no default password exists
 * @param passwords what a password set by an administrator must be like
 */
@ConfigurationProperties("foerderfluss.security")
public record SecurityProperties(String initialAdminPassword, Passwords passwords) {

	public SecurityProperties {
		initialAdminPassword = (initialAdminPassword != null) ? initialAdminPassword : "";
		passwords = (passwords != null) ? passwords : new Passwords(null);
	}

	/**
	 * @param minLength the fewest characters (10); BCrypt reads at most
	 * {@link #MAX_BYTES} bytes, so that is the upper limit
	 */
	public record Passwords(Integer minLength) {

		static final int MAX_BYTES = 72;

		public Passwords {
			minLength = (minLength != null) ? minLength : 10;
		}

	}

}
