package de.foerderfluss.security;

import java.nio.charset.StandardCharsets;

import de.foerderfluss.shared.InvalidInputException;

/** Refuses passwords too short to resist guessing, or too long for BCrypt. */
final class PasswordPolicy {

	private final int minLength;

	PasswordPolicy(int minLength) {
		this.minLength = minLength;
	}

	int minLength() {
		return this.minLength;
	}

	void check(String password) {
		if (password == null || password.isBlank() || password.codePointCount(0, password.length()) < this.minLength) {
			throw new InvalidInputException("password", "admin.error.password.too-short", this.minLength);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > SecurityProperties.Passwords.MAX_BYTES) {
			throw new InvalidInputException("password", "admin.error.password.too-long",
					SecurityProperties.Passwords.MAX_BYTES);
		}
	}

}
