package de.foerderfluss.programme.web;

import java.util.EnumSet;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UrlAccessRules;
import de.foerderfluss.security.UrlRules;
import org.springframework.stereotype.Component;

/**
 * The budget overview (page, figures and report) is for the district's staff and the
 * administrators, who set the allocations and must see what is booked against them; the
 * programmes' administration is for administrators.
 */
@Component
class ProgrammeUrlAccess implements UrlAccessRules {

	@Override
	public void declare(UrlRules rules) {
		rules
			.onlyFor(EnumSet.of(Role.REVIEWER, Role.APPROVER, Role.FINANCE, Role.ADMIN), "/mittel/**",
					"/api/v1/budgets/**")
			.onlyFor(Role.ADMIN, "/verwaltung/programme/**");
	}

}
