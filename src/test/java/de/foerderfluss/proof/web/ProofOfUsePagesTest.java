package de.foerderfluss.proof.web;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The carrier submits the proof of use through the page: spending per line of the cost
 * plan, the report and the confirmation, with every refusal at its field and nothing
 * stored when refused.
 */
class ProofOfUsePagesTest extends PageTest {

	private static final String FORM = "form[action$=/verwendungsnachweis]";

	private ProofSteps steps;

	private String programme;

	@BeforeEach
	void programme() {
		this.steps = new ProofSteps(this.port);
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	@Test
	void theCarrierSubmitsSpendingPerLineAndTheServerAddsItUp() {
		long id = paidCase();
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page form = carrier.get("/antraege/" + id + "/verwendungsnachweis");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text("h1")).isEqualTo("Verwendungsnachweis einreichen");
		assertThat(form.text(".notice.due")).contains("bis zum 31.12.2026 fällig", "am 31.10.2026");
		assertThat(form.html().select(".notice.due.warn")).isEmpty();
		assertThat(form.text("#tolerance-rule")).contains("um bis zu 20 % überschreiten",
				"wenn andere Positionen das ausgleichen");
		assertThat(form.texts("table.spending tbody tr")).hasSize(2);
		assertThat(form.texts("table.spending tbody tr").get(0)).contains("Honorare", "Position 1", "1.800,00 €",
				"Ohne Markierung bis 2.160,00 €");
		assertThat(form.texts("table.spending tbody tr").get(1)).contains("Sachmittel", "Position 2", "600,00 €",
				"Ohne Markierung bis 720,00 €");
		assertThat(form.text("label[for=lines_0.spent]")).isEqualTo("Ausgegeben für „Position 1“ in Euro");
		assertThat(form.html().getElementById("lines_0.spent").attr("aria-describedby")).isEqualTo("lines_0-hint");
		assertThat(form.html().selectFirst("output[data-limit-warning=lines_0-warning]").attr("data-limit"))
			.isEqualTo("2160.00");
		assertThat(form.html().selectFirst("#spent-total").attr("data-limit")).isEqualTo("2400.00");
		assertThat(form.text(".money-figures")).contains("Bewilligt 2.400,00 €", "Ausgezahlt 2.400,00 €",
				"Ausgaben laut Nachweis 0,00 €");
		assertThat(form.html().select("#spent-total, input[name=spentAmount]")).hasSize(1);

		PageSession.Page after = carrier.submit(form, FORM,
				Map.of("lines[0].spent", "2.250,00", "lines[1].spent", "150", "report",
						"Zwölf Treffen mit 180 Gästen; mehr Sprachmittlung als geplant.", "confirmed", "true"));

		assertThat(after.path()).isEqualTo("/antraege/" + id);
		assertThat(this.steps.status(id)).isEqualTo("PROOF_IN_AUDIT");
		JsonNode proof = this.steps.as(CARRIER_A).get(ProofSteps.path(id, "proof-of-use")).json();
		assertThat(proof.path("spentAmount").decimalValue()).isEqualByComparingTo("2400.00");
		assertThat(proof.path("report").asText())
			.isEqualTo("Zwölf Treffen mit 180 Gästen; mehr Sprachmittlung als geplant.");
		assertThat(proof.path("costItems").get(0).path("spent").decimalValue()).isEqualByComparingTo("2250.00");
		assertThat(proof.path("costItems").get(0).path("exceedsTolerance").asBoolean()).isTrue();
		assertThat(proof.path("costItems").get(1).path("spent").decimalValue()).isEqualByComparingTo("150.00");
		assertThat(proof.path("costItems").get(1).path("exceedsTolerance").asBoolean()).isFalse();

		PageSession.Page again = carrier.get("/antraege/" + id + "/verwendungsnachweis");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("main")).contains(
				"Der Schritt „Verwendungsnachweis einreichen“ ist im Status „Nachweis in Prüfung“ nicht möglich.");
	}

	@Test
	void withoutTheConfirmationNothingIsStoredAndWhatWasTypedStays() {
		long id = paidCase();
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page refused = carrier.submit(carrier.get("/antraege/" + id + "/verwendungsnachweis"), FORM,
				Map.of("lines[0].spent", "1.800,00", "lines[1].spent", "600,00", "report", "Alles wie geplant."));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.fieldError("confirmed")).isEqualTo(
				"Bitte bestätigen Sie, dass die Ausgaben notwendig und wirtschaftlich waren und mit Ihren Büchern übereinstimmen.");
		assertThat(refused.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#confirmed");
		assertThat(refused.html().getElementById("confirmed").attr("aria-describedby")).isEqualTo("confirmed-error");
		assertThat(refused.html().getElementById("lines_0.spent").val()).isEqualTo("1.800,00");
		assertThat(refused.html().getElementById("lines_1.spent").val()).isEqualTo("600,00");
		assertThat(refused.html().getElementById("report").val()).isEqualTo("Alles wie geplant.");
		assertThat(refused.text("#spent-total")).isEqualTo("2.400,00 €");
		assertNothingStored(id);
	}

	@Test
	void eachLineNeedsAReadableAmountAndTheProofAReport() {
		long id = paidCase();
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page refused = carrier.submit(carrier.get("/antraege/" + id + "/verwendungsnachweis"), FORM,
				Map.of("lines[0].spent", "viel", "lines[1].spent", "", "report", " ", "confirmed", "true"));

		assertThat(refused.fieldError("lines_0.spent")).startsWith("Bitte geben Sie einen Betrag wie 1.234,56 an");
		assertThat(refused.fieldError("lines_1.spent")).isEqualTo(
				"Bitte geben Sie den ausgegebenen Betrag an, 0 wenn für diese Position nichts ausgegeben wurde.");
		assertThat(refused.fieldError("report"))
			.isEqualTo("Bitte beschreiben Sie im Sachbericht, was mit den Mitteln umgesetzt wurde.");
		assertThat(refused.html().select(".error-summary a").eachAttr("href")).containsExactly("#lines_0.spent",
				"#lines_1.spent", "#report");
		assertThat(refused.html().getElementById("lines_0.spent").val()).isEqualTo("viel");
		assertThat(refused.html().getElementById("lines_0.spent").attr("aria-describedby"))
			.isEqualTo("lines_0-hint lines_0.spent-error");
		assertThat(refused.html().select("tr.has-error")).hasSize(2);
		assertThat(refused.html().getElementById("confirmed").hasAttr("checked")).isTrue();

		PageSession.Page negative = carrier.submit(refused, FORM,
				Map.of("lines[0].spent", "-5", "lines[1].spent", "600", "report", "Bericht"));
		assertThat(negative.fieldError("lines_0.spent")).isEqualTo("Der Wert darf nicht negativ sein.");
		assertThat(negative.fieldError("lines_1.spent")).isNull();
		assertNothingStored(id);
	}

	@Test
	void openFundCallsAreNamedOnThePageAndRefusedAtTheTop() {
		long id = this.steps.active(this.programme, "1800.00", "600.00");
		this.steps.paidOut(id, "1000.00");
		expect(201, as(CARRIER_A).post(ProofSteps.path(id, "fund-calls"), Requests.fundCall("500.00")));
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page form = carrier.get("/antraege/" + id + "/verwendungsnachweis");
		assertThat(form.text(".notice.warn")).contains("Mittelabrufe über 500,00 € sind noch nicht ausgezahlt");

		PageSession.Page refused = carrier.submit(form, FORM, Map.of("lines[0].spent", "1000", "lines[1].spent", "0",
				"report", "Nur die Hälfte umgesetzt.", "confirmed", "true"));

		assertThat(refused.text(".error-summary")).contains("Es sind noch Mittelabrufe offen.");
		assertThat(refused.html().getElementById("lines_0.spent").val()).isEqualTo("1000");
		assertNothingStored(id);
	}

	@Test
	void theProofIsDueTwoMonthsAfterTheEndAndMarkedWhenOverdue() {
		long id = paidCase();
		this.time.advance(java.time.Duration.ofDays(306));

		PageSession.Page form = signIn(CARRIER_A).get("/antraege/" + id + "/verwendungsnachweis");

		assertThat(form.text(".notice.due.warn")).isEqualTo(
				"Die Frist für den Verwendungsnachweis ist am 31.12.2026 abgelaufen. Bitte reichen Sie ihn so bald wie möglich ein.");
	}

	@Test
	void anotherCarrierGetsNotFoundOtherRolesAreRefusedAndTheContractComesFirst() {
		long id = paidCase();

		PageSession.Page foreign = signIn(CARRIER_B).get("/antraege/" + id + "/verwendungsnachweis");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.text("main")).doesNotContain("Sprachcafé");
		assertThat(signIn(REVIEWER).get("/antraege/" + id + "/verwendungsnachweis").status()).isEqualTo(403);
		assertThat(signIn(FINANCE).get("/antraege/" + id + "/verwendungsnachweis").status()).isEqualTo(403);

		Map<String, Object> body = new HashMap<>(Requests.application(this.programme, "B", "900.00"));
		long submitted = expect(201, as(CARRIER_A).post("/api/v1/applications", body)).id();
		PageSession.Page early = signIn(CARRIER_A).get("/antraege/" + submitted + "/verwendungsnachweis");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.text("main")).contains("im Status „Eingegangen“ nicht möglich");
	}

	@Test
	void theFormSpeaksEnglish() {
		long id = paidCase();
		PageSession carrier = signIn(CARRIER_A).inEnglish();

		PageSession.Page form = carrier.get("/antraege/" + id + "/verwendungsnachweis?lang=en");
		assertThat(form.text("h1")).isEqualTo("Submit the proof of use");
		assertThat(form.text("#tolerance-rule")).contains("by up to 20 % where other items offset it");
		assertThat(form.texts("table.spending tbody tr").get(0)).contains("1,800.00 €", "Not flagged up to 2,160.00 €");

		PageSession.Page refused = carrier.submit(form, FORM,
				Map.of("lines[0].spent", "1800", "lines[1].spent", "600", "report", "Done."));
		assertThat(refused.fieldError("confirmed"))
			.isEqualTo("Please confirm that the spending was necessary, economical and matches your books.");
	}

	/** Plan 1.800 € fees and 600 € material, approved and paid out in full. */
	private long paidCase() {
		long id = this.steps.active(this.programme, "1800.00", "600.00");
		this.steps.paidOut(id, "2400.00");
		return id;
	}

	private void assertNothingStored(long id) {
		assertThat(this.steps.status(id)).isEqualTo("ACTIVE");
		assertThat(this.steps.proofStored(id)).isFalse();
	}

}
