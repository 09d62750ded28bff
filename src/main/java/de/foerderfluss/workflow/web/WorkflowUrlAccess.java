package de.foerderfluss.workflow.web;

import java.util.EnumSet;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UrlAccessRules;
import de.foerderfluss.security.UrlRules;
import org.springframework.stereotype.Component;

/**
 * The task inbox is for the district's case workers; Camunda's webapps and REST API for
 * administrators.
 */
@Component
class WorkflowUrlAccess implements UrlAccessRules {

	@Override
	public void declare(UrlRules rules) {
		rules.onlyFor(EnumSet.of(Role.REVIEWER, Role.APPROVER, Role.FINANCE), "/aufgaben/**")
			.onlyFor(Role.ADMIN, "/camunda/**", "/engine-rest/**");
	}

}
