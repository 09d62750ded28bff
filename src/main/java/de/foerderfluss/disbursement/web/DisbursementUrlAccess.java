package de.foerderfluss.disbursement.web;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UrlAccessRules;
import de.foerderfluss.security.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The carrier calls funds, a reviewer verifies the call, finance releases the payout. The
 * payouts, with payees and accounts, their statements and lists are finance's alone.
 */
@Component
class DisbursementUrlAccess implements UrlAccessRules {

	@Override
	public void declare(UrlRules rules) {
		rules.onlyFor(Role.CARRIER, "/antraege/{id}/mittelabruf")
			.onlyFor(Role.REVIEWER, "/mittelabrufe/{id}/pruefung")
			.onlyFor(Role.FINANCE, "/kasse/**", "/mittelabrufe/{id}/anordnung")
			.onlyFor(HttpMethod.POST, Role.CARRIER, "/api/v1/applications/{id}/fund-calls")
			.onlyFor(Role.REVIEWER, "/api/v1/fund-calls/{id}/verification")
			.onlyFor(Role.FINANCE, "/api/v1/fund-calls/{id}/release", "/api/v1/payouts/**");
	}

}
