package de.foerderfluss.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import de.foerderfluss.testing.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

import static de.foerderfluss.security.Role.ADMIN;
import static de.foerderfluss.security.Role.APPROVER;
import static de.foerderfluss.security.Role.CARRIER;
import static de.foerderfluss.security.Role.FINANCE;
import static de.foerderfluss.security.Role.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Which role may open which address, asked of the application's own filter chains: a
 * representative address of every module's rules, for every role and for someone not
 * signed in.
 */
class UrlAccessTest extends ApiTest {

	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	private static final Set<Role> CASE_WORKERS = EnumSet.of(REVIEWER, APPROVER, FINANCE);

	@Autowired
	WebInvocationPrivilegeEvaluator access;

	static Stream<Arguments> addresses() {
		return Stream.of(
				// open to anyone, signed in or not
				open("/login"), open("/css/app.css"), open("/js/app.js"), open("/images/logo.svg"),
				open("/favicon.ico"), open("/error"),
				// every signed-in person
				only("/", EVERYONE), only("/antraege", EVERYONE), only("/antraege/7", EVERYONE),
				only("/api/v1/programmes", EVERYONE), only("/api/v1/applications/7", EVERYONE),
				only("/api/v1/tasks", EVERYONE),
				// application
				only("/antraege/neu", EnumSet.of(CARRIER)), only("/antraege/7/unterlagen", EnumSet.of(CARRIER)),
				only("/antraege/7/nachreichung", EnumSet.of(CARRIER)), only("/antraege/7/vertrag", EnumSet.of(CARRIER)),
				only("/antraege/7/ruecknahme", EnumSet.of(CARRIER)),
				only("/api/v1/applications/7/withdrawal", EnumSet.of(CARRIER)),
				only("/api/v1/documents/7", EnumSet.of(CARRIER, REVIEWER, APPROVER)),
				only("/api/v1/applications/7/documents/approval-notice",
						EnumSet.of(CARRIER, REVIEWER, APPROVER, FINANCE)),
				// review
				only("/antraege/7/vollstaendigkeit", EnumSet.of(REVIEWER)),
				only("/antraege/7/bewertung", EnumSet.of(REVIEWER)),
				only("/antraege/7/entscheidung", EnumSet.of(APPROVER)),
				only("/api/v1/applications/7/completeness", EnumSet.of(REVIEWER)),
				only("/api/v1/applications/7/decision", EnumSet.of(APPROVER)),
				// disbursement
				only("/antraege/7/mittelabruf", EnumSet.of(CARRIER)),
				only("/mittelabrufe/7/pruefung", EnumSet.of(REVIEWER)),
				only("/mittelabrufe/7/anordnung", EnumSet.of(FINANCE)), only("/kasse", EnumSet.of(FINANCE)),
				only("/kasse/auszahlungen", EnumSet.of(FINANCE)),
				only("/api/v1/fund-calls/7/release", EnumSet.of(FINANCE)), only("/api/v1/payouts", EnumSet.of(FINANCE)),
				only("/api/v1/payouts/7/statement", EnumSet.of(FINANCE)),
				only("/api/v1/payouts/list", EnumSet.of(FINANCE)),
				// proof
				only("/antraege/7/verwendungsnachweis", EnumSet.of(CARRIER)),
				only("/antraege/7/verwendungsnachweis/pruefung", EnumSet.of(REVIEWER)),
				only("/antraege/7/rueckzahlung", EnumSet.of(FINANCE)),
				only("/kasse/rueckzahlungen", EnumSet.of(FINANCE)),
				// programme
				only("/mittel", EnumSet.of(REVIEWER, APPROVER, FINANCE, ADMIN)),
				only("/mittel/2026", EnumSet.of(REVIEWER, APPROVER, FINANCE, ADMIN)),
				only("/api/v1/budgets/2026", EnumSet.of(REVIEWER, APPROVER, FINANCE, ADMIN)),
				only("/api/v1/budgets/2026/report", EnumSet.of(REVIEWER, APPROVER, FINANCE, ADMIN)),
				only("/verwaltung/programme", EnumSet.of(ADMIN)),
				only("/verwaltung/programme/jahre/3", EnumSet.of(ADMIN)),
				// workflow
				only("/aufgaben", CASE_WORKERS), only("/aufgaben/abc/uebernehmen", CASE_WORKERS),
				only("/camunda/app/cockpit/default/", EnumSet.of(ADMIN)),
				only("/engine-rest/job/retries", EnumSet.of(ADMIN)),
				// security, carrier, notification: the administration
				only("/verwaltung", EnumSet.of(ADMIN)), only("/verwaltung/benutzer/3", EnumSet.of(ADMIN)),
				only("/verwaltung/traeger", EnumSet.of(ADMIN)), only("/verwaltung/postausgang", EnumSet.of(ADMIN)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("addresses")
	void eachAddressIsOpenToItsRolesOnly(String path, boolean openToAnonymous, Set<Role> roles) {
		for (String method : List.of("GET", "POST")) {
			assertThat(this.access.isAllowed("", path, method, anonymous()))
				.as("%s %s without signing in", method, path)
				.isEqualTo(openToAnonymous);
			for (Role role : Role.values()) {
				assertThat(this.access.isAllowed("", path, method, signedInAs(role)))
					.as("%s %s as %s", method, path, role)
					.isEqualTo(openToAnonymous || roles.contains(role));
			}
		}
	}

	/**
	 * Where everybody may read but only one role may create, the role is checked by
	 * method, before the body is read.
	 */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("apiRequestsByMethod")
	void creatingIsForOneRoleWhereReadingIsForEveryone(String method, String path, Set<Role> roles) {
		assertThat(this.access.isAllowed("", path, method, anonymous())).as("%s %s without signing in", method, path)
			.isFalse();
		for (Role role : Role.values()) {
			assertThat(this.access.isAllowed("", path, method, signedInAs(role))).as("%s %s as %s", method, path, role)
				.isEqualTo(roles.contains(role));
		}
	}

	static Stream<Arguments> apiRequestsByMethod() {
		return Stream.of(arguments("POST", "/api/v1/applications", EnumSet.of(CARRIER)),
				arguments("GET", "/api/v1/applications", EVERYONE),
				arguments("POST", "/api/v1/applications/7/fund-calls", EnumSet.of(CARRIER)),
				arguments("GET", "/api/v1/applications/7/fund-calls", EVERYONE),
				arguments("POST", "/api/v1/applications/7/proof-of-use", EnumSet.of(CARRIER)),
				arguments("GET", "/api/v1/applications/7/proof-of-use", EVERYONE),
				arguments("POST", "/api/v1/applications/7/proof-of-use/audit", EnumSet.of(REVIEWER)),
				arguments("GET", "/api/v1/applications/7/proof-of-use/audit", EnumSet.of(REVIEWER)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("camundaRequests")
	void camundaLetsAdministratorsLookAndRetryJobsOnly(String method, String path, boolean allowed) {
		assertThat(this.access.isAllowed("", path, method, signedInAs(ADMIN))).isEqualTo(allowed);
	}

	static Stream<Arguments> camundaRequests() {
		return Stream.of(arguments("GET", "/engine-rest/process-instance", true),
				arguments("GET", "/engine-rest/task/1", true), arguments("GET", "/engine-rest/incident", true),
				arguments("PUT", "/engine-rest/job/1/retries", true),
				arguments("POST", "/engine-rest/job/retries", true),
				arguments("PUT", "/engine-rest/engine/default/job/1/retries", true),
				arguments("POST", "/engine-rest/task/1/complete", false),
				arguments("POST", "/engine-rest/engine/default/task/1/complete", false),
				arguments("PUT", "/engine-rest/task/1/variables/approved", false),
				arguments("DELETE", "/engine-rest/process-instance/1", false),
				arguments("POST", "/engine-rest/process-instance/1/modification", false),
				arguments("POST", "/engine-rest/deployment/create", false),
				arguments("POST", "/engine-rest/process-definition/key/fund-call/start", false),
				arguments("POST", "/engine-rest/message", false), arguments("POST", "/engine-rest/signal", false),
				arguments("POST", "/engine-rest/external-task/fetchAndLock", false),
				arguments("PUT", "/engine-rest/job/1/suspended", false),
				arguments("POST", "/camunda/api/engine/engine/default/process-instance", true),
				arguments("PUT", "/camunda/api/engine/engine/default/job/1/retries", true),
				arguments("POST", "/camunda/api/engine/engine/default/task/1/complete", false),
				arguments("POST", "/camunda/api/engine/engine/default/process-instance/1/modification", false),
				arguments("POST", "/camunda/api/engine/engine/default/user/create", false),
				arguments("GET", "/camunda/app/cockpit/default/", true),
				arguments("GET", "/camunda/app/admin/default/", true),
				arguments("GET", "/camunda/app/tasklist/default/", false),
				arguments("GET", "/camunda/api/tasklist/plugin/tasklist.plugin/static/app/plugin.js", false),
				arguments("POST", "/camunda/api/admin/auth/user/default/login/cockpit", false),
				arguments("POST", "/camunda/api/admin/setup/default/user/create", false));
	}

	private static Arguments open(String path) {
		return arguments(path, true, EVERYONE);
	}

	private static Arguments only(String path, Set<Role> roles) {
		return arguments(path, false, roles);
	}

	private static Authentication anonymous() {
		return new AnonymousAuthenticationToken("key", "anonymous",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
	}

	private static Authentication signedInAs(Role role) {
		return UsernamePasswordAuthenticationToken.authenticated("someone", null,
				AuthorityUtils.createAuthorityList(role.authority()));
	}

}
