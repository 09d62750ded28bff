package de.foerderfluss.disbursement.web;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.Browser;
import de.foerderfluss.testing.BrowserTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money from call to payout in real browsers: the carrier calls funds, a case worker
 * verifies, another person in finance releases and finds the payout in the list.
 */
class DisbursementBrowserTest extends BrowserTest {

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	@Test
	void fromFundCallToPayout() {
		long earlier = active(this.programme, "B", "2000.00");
		paidOut(earlier, "800.00");
		long id = active(this.programme, "B", "3000.00");
		expect(201, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall("500.00")));

		Browser carrier = german(CARRIER_A);
		carrier.visit("/antraege/" + id + "/mittelabruf");
		assertThat(carrier.heading()).isEqualTo("Mittel abrufen");
		carrier.fill("Betrag in Euro", "1.250,00").date("Benötigt am", "2026-03-20").fill("Bemerkung", "Honorare März");
		shot(carrier, "disbursement-fund-call");
		carrier.press("Mittel abrufen");
		assertThat(carrier.path()).isEqualTo("/antraege/" + id);
		long fundCall = latestFundCall(id);

		Browser reviewer = german(REVIEWER);
		reviewer.visit("/mittelabrufe/" + fundCall + "/pruefung");
		assertThat(reviewer.heading()).isEqualTo("Mittelabruf Nr. " + fundCall + " prüfen");
		reviewer.check("Ja, sachlich und rechnerisch richtig").fill("Vermerk", "Honorarverträge liegen vor.");
		shot(reviewer, "disbursement-verification");
		reviewer.press("Prüfung abschließen");
		assertThat(reviewer.path()).isEqualTo("/aufgaben");

		Browser finance = german(FINANCE);
		finance.visit("/kasse");
		assertThat(finance.has("a[href='/mittelabrufe/" + fundCall + "/anordnung']")).isTrue();
		finance.visit("/mittelabrufe/" + fundCall + "/anordnung");
		assertThat(finance.text()).contains("DE62 4145 0075 0001 2345 67", "Paula Prüfer", "1.250,00 €");
		assertThat(finance.has("#four-eyes")).isFalse();
		shot(finance, "disbursement-release");
		finance.press("Auszahlung anordnen");
		assertThat(finance.path()).isEqualTo("/kasse/auszahlungen");
		assertThat(finance.text(".notice")).contains("über 1.250,00 € an Testverein A e.V. ist angeordnet");
		assertThat(finance.has("a[href$='/statement']")).isTrue();
		shot(finance, "disbursement-payouts");
		finance.fill("Aktenzeichen oder Empfänger", this.programme + "-2026").press("Filtern");
		assertThat(finance.texts("table.payouts tbody tr")).hasSize(2);
		assertThat(finance.text("table.payouts tfoot")).contains("2.050,00 €");

		Browser narrow = narrow(german(FINANCE));
		narrow.visit("/kasse/auszahlungen?q=" + this.programme + "-2026");
		assertThat(narrow.texts("table.payouts tbody tr")).hasSize(2);
		shot(narrow, "disbursement-payouts-narrow");
	}

	@Test
	void whoVerifiedSeesTheFourEyesRule() {
		long id = active(this.programme, "B", "3000.00");
		Map<String, Object> call = new HashMap<>(Requests.fundCall("900.00"));
		call.put("note", "Miete April");
		long fundCall = expect(201, as(CARRIER_A).post(path(id, "fund-calls"), call)).id();

		Browser both = german(REVIEWER_FINANCE);
		both.visit("/mittelabrufe/" + fundCall + "/pruefung");
		both.check("Ja, sachlich und rechnerisch richtig").press("Prüfung abschließen");
		both.visit("/mittelabrufe/" + fundCall + "/anordnung");
		assertThat(both.text("#four-eyes")).contains("Die Anordnung muss eine andere Person erteilen.");
		both.press("Auszahlung anordnen");
		assertThat(both.text(".error-summary")).contains("Vier-Augen-Prinzip");
		assertThat(both.focused().getAttribute("id")).isEqualTo("error-summary");
		shot(both, "disbursement-release-four-eyes");
		assertThat(expect(200, as(FINANCE).get("/api/v1/applications/" + id)).json().path("paidAmount").decimalValue())
			.isEqualByComparingTo("0.00");
	}

	private long latestFundCall(long applicationId) {
		long latest = 0;
		for (JsonNode call : as(CARRIER_A).get(path(applicationId, "fund-calls")).json()) {
			latest = Math.max(latest, call.path("id").asLong());
		}
		return latest;
	}

}
