package de.foerderfluss.application.web;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UrlAccessRules;
import de.foerderfluss.security.UrlRules;
import org.springframework.stereotype.Component;

/** The carrier's steps on an application are the carrier's pages. */
@Component
class ApplicationUrlAccess implements UrlAccessRules {

	@Override
	public void declare(UrlRules rules) {
		rules.onlyFor(Role.CARRIER, "/antraege/neu", "/antraege/{id}/unterlagen", "/antraege/{id}/nachreichung",
				"/antraege/{id}/vertrag", "/antraege/{id}/ruecknahme");
	}

}
