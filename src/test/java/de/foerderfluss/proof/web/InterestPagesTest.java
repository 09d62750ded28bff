package de.foerderfluss.proof.web;

import java.math.BigDecimal;
import java.util.Map;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.ADMIN;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case worker sets the interest of a repaid clawback on its page, finance confirms its
 * payment, administrators keep the base-rate table; a missing base rate is explained and
 * nothing can be set.
 */
class InterestPagesTest extends PageTest {

	private static final String DECISION = "form[action$=/zinsen]";

	private static final String PAYMENT = "form[action$=/zinszahlung]";

	private static final String RATES = "form[action$=/verwaltung/basiszinssaetze]";

	private ProofSteps steps;

	private String programme;

	@BeforeEach
	void programme() {
		this.steps = new ProofSteps(this.port);
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	@Test
	void theCaseWorkerSeesTheComputationPerPeriodAndSetsTheInterestWithReasons() {
		long id = repaid("2025-03-01", "2025-09-15");
		PageSession reviewer = signIn(REVIEWER);

		PageSession.Page form = reviewer.get("/antraege/" + id + "/zinsen");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text("h1")).isEqualTo("Zinsen festsetzen");
		assertThat(form.texts("table.interest-periods tbody tr")).containsExactly(
				"01.03.2025 – 30.06.2025 122 300,00 € 2,27 % 7,27 % 7,29 €",
				"01.07.2025 – 14.09.2025 76 300,00 € 1,27 % 6,27 % 3,92 €");
		assertThat(form.text(".interest-total")).isEqualTo("11,21 €");

		PageSession.Page refused = reviewer.submit(form, DECISION, Map.of("waive", "false", "reason", ""));
		assertThat(refused.fieldError("reason")).isEqualTo("Bitte ausfüllen.");
		assertThat(this.steps.status(id)).isEqualTo("INTEREST_DUE");

		PageSession.Page done = reviewer.submit(form, DECISION,
				Map.of("waive", "false", "reason", "Der Träger hat die Umstände zu vertreten."));
		assertThat(done.path()).isEqualTo("/antraege/" + id);
		assertThat(done.text(".notice"))
			.contains("Die Zinsen von 11,21 € zu " + this.steps.fileNumber(id) + " sind festgesetzt");
		assertThat(this.steps.status(id)).isEqualTo("INTEREST_DUE");
		assertThat(done.text("dl.interest")).contains("Zinsen insgesamt 11,21 €", "Noch offen 11,21 €", "02.04.2026",
				"Zinsbescheid (PDF)");
		PageSession.Page again = reviewer.get("/antraege/" + id + "/zinsen");
		assertThat(again.html().select(DECISION)).isEmpty();
		assertThat(again.text("main")).contains("Die Zinsen sind festgesetzt; zu zahlen bis 02.04.2026");

		// Finance books the payment; more than is outstanding or a day in the future is
		// refused at its field.
		PageSession finance = signIn(FINANCE);
		PageSession.Page payment = finance.get("/antraege/" + id + "/zinszahlung");
		assertThat(payment.html().selectFirst("#amount").val()).isEqualTo("11,21");
		assertThat(finance.submit(payment, PAYMENT, Map.of("amount", "11,22")).fieldError("amount"))
			.isEqualTo("Der Betrag übersteigt die offenen Zinsen von 11,21 €.");
		assertThat(finance.submit(payment, PAYMENT, Map.of("receivedOn", "2026-03-03")).fieldError("receivedOn"))
			.isEqualTo("Der Zahlungseingang kann nicht in der Zukunft liegen.");
		assertThat(this.steps.status(id)).isEqualTo("INTEREST_DUE");
		PageSession.Page paid = finance.submit(payment, PAYMENT, Map.of());
		assertThat(paid.path()).isEqualTo("/kasse/rueckzahlungen");
		assertThat(paid.text(".notice")).contains("11,21 € Zinsen zu " + this.steps.fileNumber(id),
				"der Vorgang ist abgeschlossen");
		assertThat(this.steps.status(id)).isEqualTo("CLOSED");

		PageSession carrier = signIn(CARRIER_A);
		assertThat(carrier.get("/antraege/" + id).text("dl.interest")).contains("Zinsen insgesamt 11,21 €",
				"Noch offen 0,00 €");
		assertThat(carrier.get("/antraege/" + id + "/zinsen").status()).isEqualTo(403);
		assertThat(reviewer.get("/antraege/" + id + "/zinszahlung").status()).isEqualTo(403);
	}

	@Test
	void aMissingBaseRateIsExplainedAndNothingCanBeSet() {
		long id = repaid("2022-12-01", "2023-02-01");
		PageSession reviewer = signIn(REVIEWER);

		PageSession.Page page = reviewer.get("/antraege/" + id + "/zinsen");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text(".missing-rates")).contains("kein Basiszinssatz erfasst", "01.07.2022",
				"Verwaltung → Basiszinssätze");
		assertThat(page.html().select(DECISION)).isEmpty();
		assertThat(this.steps.status(id)).isEqualTo("INTEREST_DUE");
	}

	@Test
	void administratorsRecordABaseRatePerHalfYear() {
		PageSession admin = signIn(ADMIN);
		PageSession.Page page = admin.get("/verwaltung/basiszinssaetze");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.texts("table.base-rates tbody tr").get(0)).startsWith("01.07.2025 1,27 % 6,27 %");

		assertThat(admin.submit(page, RATES, Map.of("validFrom", "2020-03-01", "ratePercent", "0,12"))
			.fieldError("validFrom")).isEqualTo("Ein Basiszinssatz gilt ab dem 1. Januar oder 1. Juli.");
		assertThat(admin.submit(page, RATES, Map.of("validFrom", "2025-07-01", "ratePercent", "1,27"))
			.fieldError("validFrom"))
			.isEqualTo("Für das Halbjahr ab 01.07.2025 ist bereits ein Basiszinssatz erfasst.");
		PageSession.Page recorded = admin.submit(page, RATES,
				Map.of("validFrom", "2020-01-01", "ratePercent", "-0,88"));
		assertThat(recorded.path()).isEqualTo("/verwaltung/basiszinssaetze");
		assertThat(recorded.text(".notice")).isEqualTo("Der Basiszinssatz ab 01.01.2020 (-0,88 %) ist erfasst.");
		assertThat(String.join("\n", recorded.texts("table.base-rates tbody tr")))
			.contains("01.01.2020 -0,88 % 4,12 %");
		assertThat(signIn(REVIEWER).get("/verwaltung/basiszinssaetze").status()).isEqualTo(403);
	}

	/**
	 * A clawback of 300 € decided after the hearing, ineffective from one day, repaid on
	 * another, via the API.
	 */
	private long repaid(String ineffectiveFrom, String receivedOn) {
		long id = this.steps.active(this.programme, "1800.00", "600.00");
		this.steps.paidOut(id, "2400.00");
		this.steps.proof(id, "1800.00", "300.00");
		expect(200, Api.as(this.port, REVIEWER)
			.post(ProofSteps.path(id, "proof-of-use/audit"),
					Map.of("accepted", true, "recognisedAmount", new BigDecimal("2100.00"), "note", "Belege fehlen.")));
		expect(200, Api.as(this.port, CARRIER_A)
			.post(ProofSteps.path(id, "hearing/answer"), Map.of("text", "Die Belege sind nicht auffindbar.")));
		expect(200,
				Api.as(this.port, REVIEWER_2)
					.post(ProofSteps.path(id, "hearing/decision"),
							Map.of("outcome", "UPHOLD", "amount", new BigDecimal("300.00"), "reasons",
									"Ohne Belege ist die Verwendung nicht nachgewiesen.", "ineffectiveFrom",
									ineffectiveFrom)));
		expect(200,
				Api.as(this.port, FINANCE)
					.post(ProofSteps.path(id, "repayment"),
							Map.of("amount", new BigDecimal("300.00"), "receivedOn", receivedOn)));
		return id;
	}

}
