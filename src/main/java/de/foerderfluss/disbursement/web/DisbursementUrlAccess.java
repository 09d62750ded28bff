package de.foerderfluss.disbursement.web;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UrlAccessRules;
import de.foerderfluss.security.UrlRules;
import org.springframework.stereotype.Component;

/** The carrier calls funds, a reviewer verifies the call, finance releases the payout. */
@Component
class DisbursementUrlAccess implements UrlAccessRules {

	@Override
	public void declare(UrlRules rules) {
		rules.onlyFor(Role.CARRIER, "/antraege/{id}/mittelabruf")
			.onlyFor(Role.REVIEWER, "/mittelabrufe/{id}/pruefung")
			.onlyFor(Role.FINANCE, "/kasse/**", "/mittelabrufe/{id}/anordnung");
	}

}
