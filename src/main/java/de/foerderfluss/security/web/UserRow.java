package de.foerderfluss.security.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserAccount;

/**
 * A user account as the list shows it.
 *
 * @param id the account's id
 * @param username the user name to sign in with
 * @param displayName the person's name
 * @param email the e-mail address, if known
 * @param roles the roles in the order of {@link Role}
 * @param carrier the name of the carrier, for carrier users
 * @param enabled whether the person may sign in
 * @param lockedUntil until when signing in is locked after failed attempts; null if it is
 * not
 */
public record UserRow(Long id, String username, String displayName, String email, List<Role> roles, String carrier,
		boolean enabled, Instant lockedUntil) {

	static UserRow of(UserAccount account, Map<Long, String> carrierNames, Map<String, Instant> lockedSignIns) {
		return new UserRow(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
				account.getRoles().stream().sorted().toList(),
				(account.getCarrierId() != null) ? carrierNames.get(account.getCarrierId()) : null, account.isEnabled(),
				lockedSignIns.get(account.getUsername()));
	}

	public boolean locked() {
		return this.lockedUntil != null;
	}

}
