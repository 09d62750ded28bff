package de.foerderfluss.proof.web;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UrlAccessRules;
import de.foerderfluss.security.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The carrier proves the use of the funds, a reviewer audits the proof, finance confirms
 * repayments.
 */
@Component
class ProofUrlAccess implements UrlAccessRules {

	@Override
	public void declare(UrlRules rules) {
		rules.onlyFor(Role.CARRIER, "/antraege/{id}/verwendungsnachweis")
			.onlyFor(Role.REVIEWER, "/antraege/{id}/verwendungsnachweis/pruefung")
			.onlyFor(Role.FINANCE, "/antraege/{id}/rueckzahlung", "/kasse/rueckzahlungen")
			.onlyFor(HttpMethod.POST, Role.CARRIER, "/api/v1/applications/{id}/proof-of-use")
			.onlyFor(Role.REVIEWER, "/api/v1/applications/{id}/proof-of-use/audit")
			.onlyFor(Role.FINANCE, "/api/v1/applications/{id}/repayment");
	}

}
