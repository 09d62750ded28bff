package de.foerderfluss.security;

import java.io.Serializable;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The logged-in person on whose behalf a service acts. Carrier users are scoped to their
 * carrier: they see and touch only its objects.
 */
public record Actor(String username, String displayName, Long carrierId, Set<Role> roles) implements Serializable {

	public static Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return user.actor();
		}
		throw new IllegalStateException("No signed-in user");
	}

	public boolean isCarrier() {
		return this.roles.contains(Role.CARRIER);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Whether this person may see the objects of the given carrier. */
	public boolean maySee(Long objectCarrierId) {
		return !isCarrier() || this.carrierId.equals(objectCarrierId);
	}

}
