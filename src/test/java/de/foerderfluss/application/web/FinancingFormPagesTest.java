package de.foerderfluss.application.web;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The financing plan on the application form and the case page: it must add up, a grant
 * left empty is the remainder, and the case page shows how the costs are covered.
 */
class FinancingFormPagesTest extends PageTest {

	private static final String FORM = "form[action$=/antraege/neu]";

	private String programme;

	private String yearId;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("A", 20_000, "B", 60_000));
		this.yearId = signIn(CARRIER_A).get("/antraege/neu")
			.html()
			.select("a[href*=baustein=B]")
			.stream()
			.filter((link) -> link.closest("section").text().contains(this.programme))
			.findFirst()
			.orElseThrow()
			.attr("href")
			.replaceAll(".*foerderjahr=", "");
	}

	@Test
	void theCarrierDeclaresTheFinancingPlanAndTheCasePageShowsIt() {
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get("/antraege/neu?baustein=B&foerderjahr=" + this.yearId);
		assertThat(form.text("#financing legend")).isEqualTo("Finanzierungsplan");
		assertThat(form.text("#financing-hint")).contains("als Fehlbedarfsfinanzierung gefördert");
		assertThat(form.html().selectFirst("input[name='financing.ownFunds']").val()).isEqualTo("0,00");
		Map<String, String> values = values();
		values.put("financing.ownFunds", "400,00");
		values.put("financing.income", "50,50");
		values.put("financing.requestedGrant", "2.000,00");

		PageSession.Page after = carrier.submit(form, FORM, values);

		assertThat(after.path()).matches("/antraege/\\d+");
		long id = Long.parseLong(after.path().replace("/antraege/", ""));
		JsonNode financing = as(CARRIER_A).get("/api/v1/applications/" + id).json().path("financing");
		assertThat(financing.path("ownFunds").decimalValue()).isEqualByComparingTo("400.00");
		assertThat(financing.path("income").decimalValue()).isEqualByComparingTo("50.50");
		assertThat(financing.path("requestedGrant").decimalValue()).isEqualByComparingTo("2000.00");
		String section = signIn(REVIEWER).get("/antraege/" + id).text("section.financing");
		assertThat(section).contains("Gesamtkosten laut Kostenplan 2.450,50 €", "Eigenmittel 400,00 €",
				"Drittmittel 0,00 €", "Einnahmen 50,50 €", "Beantragte Zuwendung 2.000,00 €",
				"Finanzierungsart: Fehlbedarfsfinanzierung; Form: nicht rückzahlbarer Zuschuss.");
	}

	@Test
	void aPlanThatDoesNotAddUpIsRefusedAtTheGrantWithNothingStored() {
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get("/antraege/neu?baustein=B&foerderjahr=" + this.yearId);
		Integer before = this.jdbc.queryForObject("select count(*) from application", Integer.class);
		Map<String, String> values = values();
		values.put("financing.ownFunds", "400,00");
		values.put("financing.thirdPartyFunds", "-1,00");
		values.put("financing.requestedGrant", "2.000,00");

		PageSession.Page refused = carrier.submit(form, FORM, values);

		assertThat(refused.path()).isEqualTo("/antraege/neu");
		assertThat(refused.fieldError("financing.thirdPartyFunds"))
			.isEqualTo("Der Betrag darf nicht negativ sein; tragen Sie 0,00 € ein, wenn es keinen gibt.");
		values.put("financing.thirdPartyFunds", "0,00");
		refused = carrier.submit(refused, FORM, values);
		assertThat(refused.fieldError("financing.requestedGrant")).isEqualTo(
				"Der Finanzierungsplan geht nicht auf: Eigenmittel, Drittmittel, Einnahmen und beantragte Zuwendung "
						+ "ergeben 2.400,00 €, die Gesamtkosten laut Kostenplan betragen 2.450,50 €.");
		assertThat(refused.html().selectFirst("input[name='financing.requestedGrant']").val()).isEqualTo("2.000,00");
		assertThat(this.jdbc.queryForObject("select count(*) from application", Integer.class)).isEqualTo(before);
	}

	@Test
	void aGrantLeftEmptyIsWhatTheOtherSourcesLeaveUncovered() {
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get("/antraege/neu?baustein=B&foerderjahr=" + this.yearId);
		Map<String, String> values = values();
		values.put("financing.thirdPartyFunds", "450,50");
		values.put("financing.requestedGrant", "");

		PageSession.Page after = carrier.submit(form, FORM, values);

		long id = Long.parseLong(after.path().replace("/antraege/", ""));
		JsonNode stored = as(CARRIER_A).get("/api/v1/applications/" + id).json();
		assertThat(stored.path("requestedAmount").decimalValue()).isEqualByComparingTo("2000.00");
		assertThat(stored.path("financing").path("thirdPartyFunds").decimalValue()).isEqualByComparingTo("450.50");
	}

	private Map<String, String> values() {
		Map<String, String> values = new HashMap<>();
		values.put("fundingYear", this.yearId);
		values.put("title", "Nachbarschaftscafé");
		values.put("summary", "Monatliches Café für Neuzugewanderte.");
		values.put("municipality", "Soest");
		values.put("startDate", "2026-04-01");
		values.put("endDate", "2026-10-31");
		values.put("costItems[0].category", "FEES");
		values.put("costItems[0].description", "Honorare Sprachmittlung");
		values.put("costItems[0].amount", "1.850,50");
		values.put("costItems[1].category", "CATERING");
		values.put("costItems[1].description", "Getränke");
		values.put("costItems[1].amount", "600,00");
		return values;
	}

}
