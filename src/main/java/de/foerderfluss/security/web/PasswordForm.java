package de.foerderfluss.security.web;

import jakarta.validation.constraints.NotBlank;

/** A new password, typed twice. It is never shown again, not even on a refused form. */
record PasswordForm(@NotBlank String password, String passwordRepeat) {

	boolean repeated() {
		return this.password == null || this.password.equals(this.passwordRepeat);
	}

}
