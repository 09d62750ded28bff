package de.foerderfluss.workflow.web;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UrlAccessRules;
import de.foerderfluss.security.UrlRules;
import org.springframework.stereotype.Component;

/**
 * The task inbox is for the district's case workers; Camunda's webapps and REST API for
 * administrators, who may look at everything there but change nothing except the retries
 * of failed jobs: tasks are completed and processes moved by the application's services
 * only, and the models come from {@code bpmn/} only. Tasklist is closed.
 */
@Component
class WorkflowUrlAccess implements UrlAccessRules {

	/** Camunda's REST API on its own, for the default or a named engine. */
	private static final List<String> ENGINE_REST = List.of("/engine-rest", "/engine-rest/engine/{engine}");

	/** The same API inside the webapps. */
	private static final List<String> WEBAPP_ENGINE_REST = List.of("/camunda/api/engine/engine/{engine}");

	private static final List<String> JOB_RETRIES = List.of("/job/{id}/retries", "/job/retries",
			"/job-definition/{id}/retries");

	/** Cockpit sends these searches as POST requests; they change nothing. */
	private static final List<String> COCKPIT_SEARCHES = Stream
		.of("/process-instance", "/history/process-instance", "/history/activity-instance",
				"/history/variable-instance", "/variable-instance", "/task")
		.flatMap((search) -> Stream.of(search, search + "/count"))
		.toList();

	@Override
	public void declare(UrlRules rules) {
		rules.onlyFor(EnumSet.of(Role.REVIEWER, Role.APPROVER, Role.FINANCE), "/aufgaben/**")
			.onlyFor(Role.ADMIN, "/camunda/**", "/engine-rest/**")
			.closed("/camunda/app/tasklist/**", "/camunda/api/tasklist/**")
			// Camunda's own password login and first-administrator setup: the webapps
			// take only the person Spring Security signed in.
			.closed("/camunda/api/admin/auth/user/{engine}/login/**", "/camunda/api/admin/setup/**")
			.readOnly("/engine-rest/**", under(ENGINE_REST, JOB_RETRIES))
			.readOnly("/camunda/api/engine/**",
					under(WEBAPP_ENGINE_REST, Stream.concat(JOB_RETRIES.stream(), COCKPIT_SEARCHES.stream()).toList()));
	}

	private static List<String> under(List<String> prefixes, List<String> paths) {
		return prefixes.stream().flatMap((prefix) -> paths.stream().map((path) -> prefix + path)).toList();
	}

}
