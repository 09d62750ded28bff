package de.foerderfluss.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the run command shows a new user: the demo profile on its own embedded database,
 * with the KOMM-AN catalogue of the Kreis Soest, the demo logins and cases in every
 * stage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"spring.datasource.username=sa", "spring.datasource.password=", "camunda.bpm.process-engine-name=demo",
				"camunda.bpm.job-execution.enabled=false",
				// The Camunda webapps keep their engine lookup in static fields: this
				// context, which
				// closes after the test, must not take them over from the other tests'
				// context.
				"camunda.bpm.webapp.enabled=false" })
@IntegrationTest
@ActiveProfiles("demo")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DemoProfileTest {

	@LocalServerPort
	int port;

	private Api as(String user) {
		return Api.as(this.port, user, "demo");
	}

	@Test
	void everyDemoUserLogsInWithTheDemoPassword() {
		for (String user : List.of("traeger1", "traeger2", "pruefer", "pruefer2", "leitung", "kasse", "admin",
				"ki-doppel")) {
			assertThat(as(user).get("/api/v1/tasks").status()).as(user).isEqualTo(200);
		}
		assertThat(Api.as(this.port, "pruefer", "falsch").get("/api/v1/tasks").status()).isEqualTo(401);
	}

	@Test
	void theCatalogueIsKommAnTwentyTwentySixForTheKreisSoest() {
		JsonNode programme = as("traeger1").get("/api/v1/programmes").json().get(0);
		assertThat(programme.path("code").asText()).isEqualTo("KA");
		JsonNode year = programme.path("fundingYears").get(0);
		assertThat(year.path("year").asInt()).isEqualTo(2026);
		assertThat(year.path("allocation").decimalValue()).isEqualByComparingTo("131000");
		BigDecimal sum = BigDecimal.ZERO;
		Set<String> modules = new TreeSet<>();
		for (JsonNode module : year.path("modules")) {
			modules.add(module.path("code").asText());
			sum = sum.add(module.path("allocation").decimalValue());
		}
		assertThat(modules).containsExactly("A", "B", "C", "D");
		assertThat(sum).isEqualByComparingTo("131000");
		assertThat(as("traeger1").get("/api/v1/municipalities").json().findValuesAsText("name")).hasSize(14)
			.contains("Soest", "Lippstadt", "Werl", "Wickede (Ruhr)");
	}

	@Test
	void thereAreApplicationsInEveryStage() {
		JsonNode all = as("pruefer").get("/api/v1/applications").json();
		assertThat(new TreeSet<>(all.findValuesAsText("status"))).contains("SUBMITTED", "INCOMPLETE", "IN_REVIEW",
				"IN_APPROVAL", "APPROVED", "REJECTED", "ACTIVE", "PROOF_IN_AUDIT", "HEARING", "CLOSED", "WITHDRAWN");
		assertThat(as("traeger1").get("/api/v1/applications").json().findValuesAsText("name"))
			.containsOnly("Willkommenskreis Lippstadt e.V.");
		assertThat(as("pruefer").get("/api/v1/tasks").json()).isNotEmpty();
		assertThat(as("kasse").get("/api/v1/payouts").json()).isNotEmpty();
		JsonNode budget = as("kasse").get("/api/v1/budgets/2026").json().path("total");
		assertThat(budget.path("available").decimalValue()).isLessThan(new BigDecimal("131000"));
	}

	@Test
	void kiDoppelMayNotDecideWhatSheAssessed() {
		JsonNode assessedByHer = null;
		for (JsonNode application : as("pruefer").get("/api/v1/applications?status=IN_APPROVAL").json()) {
			JsonNode detail = as("pruefer").get("/api/v1/applications/" + application.path("id").asLong()).json();
			if (detail.path("history").findValuesAsText("actor").contains("ki-doppel")) {
				assessedByHer = detail;
			}
		}
		assertThat(assessedByHer).isNotNull();
		Api.Response refused = as("ki-doppel").post(
				"/api/v1/applications/" + assessedByHer.path("id").asLong() + "/decision",
				java.util.Map.of("approved", true, "amount", assessedByHer.path("requestedAmount").decimalValue()));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text("type")).isEqualTo("urn:foerderfluss:problem:four-eyes");
	}

	@Test
	void theLogTellsWhereTheDemoRunsAndHowToLogIn(CapturedOutput output) {
		// Captured since before the application context of this class started.
		assertThat(output.getOut()).contains("Förderfluss demo is running", "http://localhost:" + this.port + "/",
				"traeger1", "pruefer", "leitung", "kasse", "admin", "ki-doppel", "\"demo\"");
	}

}
