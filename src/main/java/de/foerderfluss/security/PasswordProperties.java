package de.foerderfluss.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a password set by an administrator must be like.
 *
 * @param minLength the fewest characters; BCrypt reads at most 72 bytes, so that is the
 * upper limit
 */
@ConfigurationProperties("foerderfluss.security.passwords")
public record PasswordProperties(Integer minLength) {

	static final int MAX_BYTES = 72;

	public PasswordProperties {
		minLength = (minLength != null) ? minLength : 10;
	}

}
