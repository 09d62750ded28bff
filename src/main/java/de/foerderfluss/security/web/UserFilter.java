package de.foerderfluss.security.web;

import de.foerderfluss.security.Role;

/** The filters of the user list as GET parameters: a role and a carrier. */
record UserFilter(Role role, Long carrier) {

	boolean isEmpty() {
		return this.role == null && this.carrier == null;
	}

}
