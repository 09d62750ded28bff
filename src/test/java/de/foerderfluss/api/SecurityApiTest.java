package de.foerderfluss.api;

import java.util.Map;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.BrowserSession;
import de.foerderfluss.testing.Requests;
import de.foerderfluss.testing.TestFixtures;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.ADMIN;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

class SecurityApiTest extends ApiTest {

	@Test
	void everyApiPathNeedsAuthentication() {
		Api anonymous = Api.anonymous(this.port);
		for (String path : new String[] { "/api/v1/applications", "/api/v1/programmes", "/api/v1/tasks",
				"/api/v1/payouts", "/api/v1/budgets/2026" }) {
			Api.Response refused = expect(401, anonymous.get(path));
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying((value) -> assertThat(value).startsWith("Basic"));
		}
		expect(401, anonymous.post("/api/v1/applications", Map.of()));
		expect(401, Api.as(this.port, REVIEWER, "falsch").get("/api/v1/applications"));
		expect(401, Api.as(this.port, REVIEWER + " ", TestFixtures.PASSWORD).get("/api/v1/applications"));
		expect(401, Api.as(this.port, REVIEWER.toUpperCase(), TestFixtures.PASSWORD).get("/api/v1/applications"));
		expect(200, Api.as(this.port, REVIEWER, TestFixtures.PASSWORD).get("/api/v1/applications"));
	}

	@Test
	void theDemoLoginsDoNotExistOutsideTheDemoProfile() {
		expect(401, Api.as(this.port, "pruefer", "demo").get("/api/v1/tasks"));
		expect(401, Api.as(this.port, "admin", "demo").get("/api/v1/tasks"));
	}

	@Test
	void eachStepBelongsToItsRole() {
		String programme = this.fixtures.programme(Map.of("B", 10_000));
		expect(403, as(REVIEWER).post("/api/v1/applications", Requests.application(programme, "B", "100.00")));
		long id = submit(programme, "B", "1000.00");
		Api.Response forbidden = expect(403, as(CARRIER_A).post(path(id, "completeness"), Requests.complete()));
		assertThat(forbidden.text("type")).isEqualTo("urn:foerderfluss:problem:forbidden");
		expect(403, as(FINANCE).post(path(id, "completeness"), Requests.complete()));
		expect(403, as(CARRIER_A).get("/api/v1/payouts"));
		expect(403, as(CARRIER_A).get("/api/v1/budgets/2026?programme=" + programme));
		expect(403, as(REVIEWER).post(path(id, "decision"), Requests.approve("1000.00")));
		assertThat(status(id)).isEqualTo("SUBMITTED");
	}

	/**
	 * A browser session can be ridden by a foreign page, so a session-authenticated API
	 * request needs the CSRF token whatever other Authorization header it brings; only
	 * requests that sign in with HTTP Basic themselves go without.
	 */
	@Test
	void aSessionNeedsTheCsrfTokenWhateverAuthorizationHeaderComesWithIt() {
		String programme = this.fixtures.programme(Map.of("B", 10_000));
		long id = submit(programme, "B", "1000.00");
		BrowserSession carrier = BrowserSession.login(this.port, CARRIER_A, TestFixtures.PASSWORD);

		expect(403, carrier.post(path(id, "withdrawal")));
		expect(403, carrier.post(path(id, "withdrawal"), "Authorization", "Bearer x"));
		expect(403, carrier.post(path(id, "withdrawal"), "Authorization", "Digest username=\"" + CARRIER_A + "\""));
		// Basic credentials are checked even where the session already knows the person.
		expect(401, carrier.post(path(id, "withdrawal"), "Authorization", Api.basic(CARRIER_A, "falsch")));
		assertThat(status(id)).isEqualTo("SUBMITTED");

		expect(200, carrier.post(path(id, "withdrawal"), "Authorization", Api.basic(CARRIER_A, TestFixtures.PASSWORD)));
		assertThat(status(id)).isEqualTo("WITHDRAWN");
	}

	@Test
	void camundasRestApiIsForAdministratorsOnly() {
		expect(401, Api.anonymous(this.port).get("/engine-rest/process-definition"));
		expect(403, as(REVIEWER).get("/engine-rest/process-definition"));
		Api.Response definitions = expect(200, as(ADMIN).get("/engine-rest/process-definition"));
		assertThat(definitions.json().findValuesAsText("key")).as(definitions.toString())
			.contains("application-lifecycle", "fund-call");
	}

	@Test
	void camundasWebappsAreForAdministratorsWithTheSameLogin() {
		Api.Response anonymous = Api.anonymous(this.port).get("/camunda/app/cockpit/default/");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));

		BrowserSession reviewer = BrowserSession.login(this.port, REVIEWER, TestFixtures.PASSWORD);
		assertThat(reviewer.get("/camunda/app/cockpit/default/").status()).isEqualTo(403);

		BrowserSession admin = BrowserSession.login(this.port, ADMIN, TestFixtures.PASSWORD);
		assertThat(admin.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
		Api.Response user = admin.get("/camunda/api/admin/auth/user/default");
		assertThat(user.status()).isEqualTo(200);
		assertThat(user.text("userId")).isEqualTo(ADMIN);
		assertThat(user.json().path("authorizedApps").toString()).contains("cockpit", "admin");
	}

}
