package de.foerderfluss.programme.web;

import java.util.EnumSet;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UrlAccessRules;
import de.foerderfluss.security.UrlRules;
import org.springframework.stereotype.Component;

/**
 * The budget overview is for the district's staff, the programmes' administration for
 * administrators.
 */
@Component
class ProgrammeUrlAccess implements UrlAccessRules {

	@Override
	public void declare(UrlRules rules) {
		rules.onlyFor(EnumSet.of(Role.REVIEWER, Role.APPROVER, Role.FINANCE, Role.ADMIN), "/mittel/**")
			.onlyFor(Role.ADMIN, "/verwaltung/programme/**");
	}

}
