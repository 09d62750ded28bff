package de.foerderfluss.review.web;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UrlAccessRules;
import de.foerderfluss.security.UrlRules;
import org.springframework.stereotype.Component;

/** Completeness and assessment are the reviewers' steps, the decision the approvers'. */
@Component
class ReviewUrlAccess implements UrlAccessRules {

	@Override
	public void declare(UrlRules rules) {
		rules
			.onlyFor(Role.REVIEWER, "/antraege/{id}/vollstaendigkeit", "/antraege/{id}/bewertung",
					"/antraege/{id}/vorzeitiger-beginn")
			.onlyFor(Role.APPROVER, "/antraege/{id}/entscheidung")
			.onlyFor(Role.REVIEWER, "/api/v1/applications/{id}/completeness", "/api/v1/applications/{id}/assessment",
					"/api/v1/applications/{id}/early-start")
			.onlyFor(Role.APPROVER, "/api/v1/applications/{id}/decision");
	}

}
