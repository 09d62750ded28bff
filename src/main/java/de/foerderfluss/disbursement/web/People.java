package de.foerderfluss.disbursement.web;

import java.util.HashMap;
import java.util.Map;

import de.foerderfluss.security.UserDirectory;

/** People's display names for one page, each looked up once. */
final class People {

	private final UserDirectory users;

	private final Map<String, String> names = new HashMap<>();

	People(UserDirectory users) {
		this.users = users;
	}

	String name(String username) {
		return (username != null) ? this.names.computeIfAbsent(username, this.users::displayName) : null;
	}

}
