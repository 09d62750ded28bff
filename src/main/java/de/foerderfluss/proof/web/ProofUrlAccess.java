package de.foerderfluss.proof.web;

import java.util.EnumSet;

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
		rules.onlyFor(Role.CARRIER, "/antraege/{id}/verwendungsnachweis", "/antraege/{id}/anhoerung")
			.onlyFor(Role.REVIEWER, "/antraege/{id}/anhoerung/entscheidung")
			.onlyFor(Role.REVIEWER, "/antraege/{id}/verwendungsnachweis/pruefung")
			.onlyFor(Role.FINANCE, "/antraege/{id}/rueckzahlung", "/kasse/rueckzahlungen")
			.onlyFor(HttpMethod.POST, Role.CARRIER, "/api/v1/applications/{id}/proof-of-use")
			.onlyFor(Role.REVIEWER, "/api/v1/applications/{id}/proof-of-use/audit")
			.onlyFor(Role.FINANCE, "/api/v1/applications/{id}/repayment")
			.onlyFor(Role.CARRIER, "/api/v1/applications/{id}/hearing/answer")
			.onlyFor(Role.REVIEWER, "/api/v1/applications/{id}/hearing/decision")
			.onlyFor(Role.REVIEWER, "/antraege/{id}/zinsen")
			.onlyFor(Role.FINANCE, "/antraege/{id}/zinszahlung", "/api/v1/applications/{id}/interest-payment")
			.onlyFor(HttpMethod.POST, Role.REVIEWER, "/api/v1/applications/{id}/interest")
			.onlyFor(Role.ADMIN, "/verwaltung/basiszinssaetze")
			.onlyFor(HttpMethod.POST, Role.ADMIN, "/api/v1/base-rates")
			.onlyFor(EnumSet.of(Role.REVIEWER, Role.APPROVER, Role.FINANCE, Role.ADMIN), "/api/v1/base-rates");
	}

}
