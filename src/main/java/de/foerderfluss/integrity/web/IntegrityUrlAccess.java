package de.foerderfluss.integrity.web;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UrlAccessRules;
import de.foerderfluss.security.UrlRules;
import org.springframework.stereotype.Component;

/** The check of the chains is for administrators. */
@Component
class IntegrityUrlAccess implements UrlAccessRules {

	@Override
	public void declare(UrlRules rules) {
		rules.onlyFor(Role.ADMIN, "/api/v1/integrity");
	}

}
