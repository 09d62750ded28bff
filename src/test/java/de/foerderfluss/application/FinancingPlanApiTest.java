package de.foerderfluss.application;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Requests;
import de.foerderfluss.testing.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The financing plan through the REST API with real security: stored and shown as
 * declared, refused with a German message at its field when it does not add up, and the
 * module A flat rate granted exactly as the rules set it.
 */
class FinancingPlanApiTest extends ApiTest {

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("A", 10_000, "B", 60_000));
	}

	private Map<String, Object> withPlan(String module, String own, String third, String income, String grant,
			String... amounts) {
		Map<String, Object> body = new HashMap<>(Requests.application(this.programme, module, amounts));
		Map<String, Object> financing = new HashMap<>();
		financing.put("ownFunds", amount(own));
		financing.put("thirdPartyFunds", amount(third));
		financing.put("income", amount(income));
		financing.put("requestedGrant", amount(grant));
		body.put("financing", financing);
		return body;
	}

	@Test
	void theFinancingPlanIsStoredAndShownWithTheModulesTerms() {
		Api.Response created = expect(201, as(CARRIER_A).post("/api/v1/applications",
				withPlan("B", "500.00", "300.00", "120.50", "2479.50", "2400.00", "1000.00")));
		assertThat(created.json().path("requestedAmount").decimalValue()).isEqualByComparingTo("2479.50");

		JsonNode financing = expect(200, as(REVIEWER).get("/api/v1/applications/" + created.id())).json()
			.path("financing");
		assertThat(financing.path("totalCosts").decimalValue()).isEqualByComparingTo("3400.00");
		assertThat(financing.path("ownFunds").decimalValue()).isEqualByComparingTo("500.00");
		assertThat(financing.path("thirdPartyFunds").decimalValue()).isEqualByComparingTo("300.00");
		assertThat(financing.path("income").decimalValue()).isEqualByComparingTo("120.50");
		assertThat(financing.path("requestedGrant").decimalValue()).isEqualByComparingTo("2479.50");
		assertThat(financing.path("type").asText()).isEqualTo("SHORTFALL");
		assertThat(financing.path("form").asText()).isEqualTo("GRANT");
	}

	@Test
	void withoutAPlanTheWholeCostIsAppliedFor() {
		long id = submit(this.programme, "A", "1500.00", "700.00");

		JsonNode financing = as(CARRIER_A).get("/api/v1/applications/" + id).json().path("financing");
		assertThat(financing.path("totalCosts").decimalValue()).isEqualByComparingTo("2200.00");
		assertThat(financing.path("ownFunds").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(financing.path("requestedGrant").decimalValue()).isEqualByComparingTo("2200.00");
		assertThat(financing.path("type").asText()).isEqualTo("FIXED_AMOUNT");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aPlanThatDoesNotAddUpIsRefusedAtItsFieldAndNothingIsStored() {
		Integer before = this.jdbc.queryForObject("select count(*) from application", Integer.class);

		Api.Response refused = expect(400, as(CARRIER_A).post("/api/v1/applications",
				withPlan("B", "500.00", "0.00", "0.00", "1950.00", "2400.00")));

		assertThat(refused.fieldErrors("financing.requestedGrant")).containsExactly(
				"Der Finanzierungsplan geht nicht auf: Eigenmittel, Drittmittel, Einnahmen und beantragte Zuwendung "
						+ "ergeben 2.450,00 €, die Gesamtkosten laut Kostenplan betragen 2.400,00 €.");
		expect(400, as(CARRIER_A).post("/api/v1/applications",
				withPlan("B", "-100.00", "0.00", "0.00", "2500.00", "2400.00")));
		Map<String, Object> noGrant = withPlan("B", "0.00", "0.00", "0.00", "1.00", "2400.00");
		((Map<String, Object>) noGrant.get("financing")).remove("requestedGrant");
		assertThat(expect(400, as(CARRIER_A).post("/api/v1/applications", noGrant))
			.fieldErrors("financing.requestedGrant")).isNotEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from application", Integer.class)).isEqualTo(before);
	}

	@Test
	void theFlatRateOfModuleAIsGrantedExactlyAsTheRulesSetIt() {
		// Two rooms, but a grant of 1,200 € covers the flat rate of one room only.
		long id = expect(201, as(CARRIER_A).post("/api/v1/applications",
				withPlan("A", "1300.00", "0.00", "0.00", "1200.00", "1800.00", "700.00")))
			.id();
		expect(200, as(REVIEWER).post(path(id, "completeness"), Requests.complete()));
		JsonNode eligibility = as(REVIEWER).get("/api/v1/applications/" + id).json().path("eligibility");
		assertThat(eligibility.path("flatRate").asBoolean()).isTrue();
		assertThat(eligibility.path("maximumAmount").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(eligibility.path("note").asText()).startsWith("Pauschale von 1.000,00 € für einen Raum");

		assertThat(expect(400, as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("1200.00")))
			.fieldErrors("amount"))
			.containsExactly("Der Betrag übersteigt den förderfähigen Höchstbetrag von 1.000,00 €.");
		assertThat(expect(400, as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("900.00")))
			.fieldErrors("amount"))
			.containsExactly("Dieser Antrag wird als Pauschale gefördert: bewilligt werden genau 1.000,00 € "
					+ "(oder der Antrag wird abgelehnt).");
		expect(200, as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("1000.00")));
		expect(200, as(TestFixtures.APPROVER).post(path(id, "decision"), Requests.approve("1000.00")));
		assertThat(status(id)).isEqualTo("APPROVED");
	}

}
