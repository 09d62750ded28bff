package de.foerderfluss.security.web;

import java.util.EnumSet;
import java.util.Set;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserAccount;
import de.foerderfluss.security.UserAdministration.AccountChange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The changeable facts of an account as typed into the form. */
record UserForm(@NotBlank @Size(max = 200) String displayName, @NotBlank @Size(max = 200) String email, Set<Role> roles,
		Long carrierId, Boolean enabled) {

	UserForm {
		roles = (roles != null && !roles.isEmpty()) ? EnumSet.copyOf(roles) : EnumSet.noneOf(Role.class);
		// An unticked checkbox sends nothing.
		enabled = Boolean.TRUE.equals(enabled);
	}

	static UserForm of(UserAccount account) {
		return new UserForm(account.getDisplayName(), account.getEmail(), account.getRoles(), account.getCarrierId(),
				account.isEnabled());
	}

	AccountChange change() {
		return new AccountChange(this.displayName, this.email, this.roles, this.carrierId, this.enabled.booleanValue());
	}

}
