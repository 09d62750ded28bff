package de.foerderfluss.application.web;

import java.util.EnumSet;

import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UrlAccessRules;
import de.foerderfluss.security.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The carrier's steps on an application are the carrier's pages and API calls; who reads
 * a case's documents says {@link DocumentKind}.
 */
@Component
class ApplicationUrlAccess implements UrlAccessRules {

	@Override
	public void declare(UrlRules rules) {
		rules
			.onlyFor(Role.CARRIER, "/antraege/neu", "/antraege/{id}/unterlagen", "/antraege/{id}/nachreichung",
					"/antraege/{id}/vertrag", "/antraege/{id}/ruecknahme")
			.onlyFor(HttpMethod.POST, Role.CARRIER, "/api/v1/applications")
			.onlyFor(Role.CARRIER, "/api/v1/applications/{id}/documents", "/api/v1/applications/{id}/resubmission",
					"/api/v1/applications/{id}/signed-contract", "/api/v1/applications/{id}/withdrawal")
			.onlyFor(Role.REVIEWER, "/api/v1/applications/{id}/signed-contract/confirmation",
					"/antraege/{id}/vertrag/eingang")
			.onlyFor(DocumentKind.UPLOAD.readers(), "/api/v1/documents/{documentId}")
			.onlyFor(DocumentKind.noticeReaders(), "/api/v1/applications/{id}/documents/{kind}",
					"/api/v1/applications/{id}/notices")
			.onlyFor(EnumSet.of(Role.REVIEWER, Role.APPROVER), "/api/v1/applications/{id}/notices/{kind}/lawsuit",
					"/api/v1/applications/{id}/notices/{kind}/provision", "/antraege/{id}/bescheide/klage",
					"/antraege/{id}/bescheide/bereitstellung");
	}

}
