package de.foerderfluss.security.web;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UrlAccessRules;
import de.foerderfluss.security.UrlRules;
import org.springframework.stereotype.Component;

/**
 * Everything under the administration is for administrators: the pages of users and
 * carriers too, as the carrier module comes before security and cannot name a role.
 */
@Component
class AdministrationUrlAccess implements UrlAccessRules {

	@Override
	public void declare(UrlRules rules) {
		rules.onlyFor(Role.ADMIN, "/verwaltung/**");
	}

}
