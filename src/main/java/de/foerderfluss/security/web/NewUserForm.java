package de.foerderfluss.security.web;

import java.util.EnumSet;
import java.util.Set;

import de.foerderfluss.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new account as typed into the form. Which roles go together, when a carrier is needed
 * and how long the password must be, the account and the service decide.
 */
record NewUserForm(@NotBlank @Size(max = 50) String username, @NotBlank @Size(max = 200) String displayName,
		@NotBlank @Size(max = 200) String email, Set<Role> roles, Long carrierId, @NotBlank String password,
		String passwordRepeat) {

	NewUserForm {
		roles = (roles != null && !roles.isEmpty()) ? EnumSet.copyOf(roles) : EnumSet.noneOf(Role.class);
	}

	/** The empty form, for a carrier's account when the carrier is given. */
	static NewUserForm blank(Long carrierId) {
		return new NewUserForm(null, null, null, (carrierId != null) ? EnumSet.of(Role.CARRIER) : null, carrierId, null,
				null);
	}

}
