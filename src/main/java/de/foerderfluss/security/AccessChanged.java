package de.foerderfluss.security;

import java.util.Set;

/**
 * What a person may do has changed (roles, carrier, disabled, password): their open
 * sessions still carry the old permissions and are ended, and the tasks they took on but
 * may no longer work go back to the team.
 *
 * @param username whose access changed
 * @param roles the roles they have now
 * @param carrierId the carrier they now act for, if any
 * @param enabled whether they may still sign in
 */
public record AccessChanged(String username, Set<Role> roles, Long carrierId, boolean enabled) {

	public AccessChanged {
		roles = Set.copyOf(roles);
	}

	static AccessChanged of(UserAccount account) {
		return new AccessChanged(account.getUsername(), account.getRoles(), account.getCarrierId(),
				account.isEnabled());
	}

}
