package de.foerderfluss.proof.web;

import java.time.Duration;
import java.util.Map;

import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finance lists the open repayments and confirms money received, in parts, until the case
 * closes; more than is outstanding is refused at the field.
 */
class RepaymentPagesTest extends PageTest {

	private static final String FORM = "form[action$=/rueckzahlung]";

	private ProofSteps steps;

	private String programme;

	@BeforeEach
	void programme() {
		this.steps = new ProofSteps(this.port);
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	@Test
	void theListShowsWhatIsOutstandingAndWhenItIsDue() {
		long id = clawbackOf300();
		long other = clawbackOf300();
		this.steps.repaid(other, "120.00");
		PageSession finance = signIn(FINANCE);

		PageSession.Page list = finance.get("/kasse/rueckzahlungen");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text("h1")).isEqualTo("Rückzahlungen");
		assertThat(row(list, id)).contains(this.steps.fileNumber(id), "Testverein A e.V.", "300,00 € 0,00 € 300,00 €",
				"02.04.2026", "Zahlungseingang bestätigen");
		assertThat(row(list, other)).contains("300,00 € 120,00 € 180,00 €");
		assertThat(list.html().select("a[href=/antraege/" + id + "/rueckzahlung]").attr("aria-label"))
			.isEqualTo("Zahlungseingang bestätigen: " + this.steps.fileNumber(id));
		assertThat(row(list, id)).doesNotContain("überfällig");

		this.time.advance(Duration.ofDays(32));
		PageSession.Page later = finance.get("/kasse/rueckzahlungen");
		assertThat(row(later, id)).contains("02.04.2026 überfällig");
		assertThat(later.html().select("tr.overdue").size()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void financeConfirmsTheRepaymentInTwoPartsAndTheCaseCloses() {
		long id = clawbackOf300();
		PageSession finance = signIn(FINANCE);

		PageSession.Page form = finance.get("/antraege/" + id + "/rueckzahlung");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text("h1")).isEqualTo("Zahlungseingang bestätigen");
		assertThat(form.html().selectFirst("#amount").val()).isEqualTo("300,00");
		assertThat(form.text("#amount-hint")).isEqualTo("Noch offen: 300,00 €. Teilzahlungen sind möglich.");
		assertThat(form.text(".clawback")).contains("Zurückgefordert 300,00 €", "Zurückgezahlt 0,00 €",
				"Noch offen 300,00 €", "02.04.2026", "2.400,00 € ausgezahlt, 2.100,00 € anerkannt", "vom 02.03.2026 an",
				"mit 5 Prozentpunkten über dem jeweiligen Basiszinssatz", "Bisher ist keine Rückzahlung eingegangen.");
		assertThat(form.html().selectFirst(".clawback a").attr("href"))
			.isEqualTo("/api/v1/applications/" + id + "/documents/clawback-notice");

		PageSession.Page list = finance.submit(form, FORM, Map.of("amount", "100,00"));

		assertThat(list.path()).isEqualTo("/kasse/rueckzahlungen");
		assertThat(list.text(".notice")).isEqualTo("Der Zahlungseingang über 100,00 € zu " + this.steps.fileNumber(id)
				+ " ist bestätigt. Noch offen: 200,00 €.");
		assertThat(row(list, id)).contains("300,00 € 100,00 € 200,00 €");
		assertThat(this.steps.status(id)).isEqualTo("REPAYMENT_DUE");
		assertThat(this.steps.amount(id, "repaidAmount")).isEqualByComparingTo("100.00");
		assertThat(this.steps.moduleB(this.programme, "repaid")).isEqualByComparingTo("100.00");

		PageSession.Page second = finance.get("/antraege/" + id + "/rueckzahlung");
		assertThat(second.html().selectFirst("#amount").val()).isEqualTo("200,00");
		assertThat(second.texts(".clawback table.repayments tbody tr")).singleElement()
			.asString()
			.contains("02.03.2026", "100,00 €", "Karl Kasse");

		PageSession.Page closed = finance.submit(second, FORM, Map.of());

		assertThat(closed.text(".notice")).contains(
				"Die Rückforderung ist vollständig beglichen; als Nächstes setzt die Sachbearbeitung die Zinsen fest.");
		assertThat(closed.html().select("a[href=/antraege/" + id + "/rueckzahlung]")).isEmpty();
		assertThat(this.steps.status(id)).isEqualTo("INTEREST_DUE");
		assertThat(this.steps.amount(id, "repaidAmount")).isEqualByComparingTo("300.00");
		assertThat(this.steps.moduleB(this.programme, "repaid")).isEqualByComparingTo("300.00");
		assertThat(this.steps.moduleB(this.programme, "available")).isEqualByComparingTo("57900.00");

		PageSession.Page settled = finance.get("/antraege/" + id + "/rueckzahlung");
		assertThat(settled.html().select(FORM)).isEmpty();
		assertThat(settled.text(".clawback")).contains("Die Rückforderung ist vollständig beglichen.",
				"Noch offen 0,00 €");
	}

	@Test
	void moreThanOutstandingZeroAndUnreadableAmountsAreRefusedAndNothingIsBooked() {
		long id = clawbackOf300();
		PageSession finance = signIn(FINANCE);
		PageSession.Page form = finance.get("/antraege/" + id + "/rueckzahlung");

		PageSession.Page tooMuch = finance.submit(form, FORM, Map.of("amount", "300,01"));
		assertThat(tooMuch.fieldError("amount"))
			.isEqualTo("Der Betrag übersteigt die offene Rückforderung von 300,00 €.");
		assertThat(tooMuch.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#amount");
		assertThat(tooMuch.html().selectFirst("#amount").val()).isEqualTo("300,01");
		assertThat(tooMuch.html().selectFirst("#amount").attr("aria-describedby")).contains("amount-error");

		assertThat(finance.submit(form, FORM, Map.of("amount", "0")).fieldError("amount"))
			.isEqualTo("Der Betrag muss größer als 0 sein.");
		assertThat(finance.submit(form, FORM, Map.of("amount", "")).fieldError("amount")).isEqualTo("Bitte ausfüllen.");
		assertThat(finance.submit(form, FORM, Map.of("amount", "dreihundert")).fieldError("amount"))
			.startsWith("Bitte geben Sie einen Betrag wie 1.234,56 an");

		assertThat(this.steps.status(id)).isEqualTo("REPAYMENT_DUE");
		assertThat(this.steps.amount(id, "repaidAmount")).isEqualByComparingTo("0.00");
		assertThat(this.steps.moduleB(this.programme, "repaid")).isEqualByComparingTo("0.00");
	}

	@Test
	void onlyFinanceConfirmsAndOnlyWhereMoneyIsReclaimed() {
		long id = clawbackOf300();

		assertThat(signIn(REVIEWER).get("/kasse/rueckzahlungen").status()).isEqualTo(403);
		assertThat(signIn(REVIEWER).get("/antraege/" + id + "/rueckzahlung").status()).isEqualTo(403);
		assertThat(signIn(CARRIER_A).get("/antraege/" + id + "/rueckzahlung").status()).isEqualTo(403);
		assertThat(signIn(FINANCE).get("/antraege/999999/rueckzahlung").status()).isEqualTo(404);

		long running = this.steps.active(this.programme, "900.00");
		PageSession.Page none = signIn(FINANCE).get("/antraege/" + running + "/rueckzahlung");
		assertThat(none.status()).isEqualTo(409);
		assertThat(none.text("main")).contains("Der Schritt „Rückzahlung“ ist im Status „Laufend“ nicht möglich.");
	}

	@Test
	void thePagesSpeakEnglish() {
		long id = clawbackOf300();
		PageSession finance = signIn(FINANCE).inEnglish();

		PageSession.Page form = finance.get("/antraege/" + id + "/rueckzahlung?lang=en");
		assertThat(form.text("h1")).isEqualTo("Confirm a repayment");
		assertThat(form.text(".clawback")).contains("Reclaimed 300.00 €", "from 02.03.2026",
				"5 percentage points above the base rate in force");
		assertThat(form.text(".lead")).contains("Testverein A e.V.");
		assertThat(form.text("form p")).contains("the finance office's account");
		assertThat(finance.get("/kasse/rueckzahlungen").text("h1")).isEqualTo("Repayments");
	}

	/**
	 * Plan 1.800 € and 600 €, paid out in full, 2.100 € recognised: 300 € are reclaimed.
	 */
	private long clawbackOf300() {
		long id = this.steps.active(this.programme, "1800.00", "600.00");
		this.steps.paidOut(id, "2400.00");
		this.steps.proof(id, "2250.00", "150.00");
		this.steps.audit(id, "2100.00", "Belege für 300,00 € fehlen.");
		this.steps.reclaimedAfterHearing(id, "300.00");
		return id;
	}

	private static String row(PageSession.Page list, long id) {
		return list.html().select("tr:has(a[href=/antraege/" + id + "/rueckzahlung])").text();
	}

}
