package de.foerderfluss.proof.web;

import java.util.HashMap;
import java.util.Map;

import de.foerderfluss.testing.Browser;
import de.foerderfluss.testing.BrowserTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the proof of use to the closed case in real browsers: the carrier submits spending
 * per line and sees the total and a line beyond the tolerance while typing, a case worker
 * recognises less than was paid, finance confirms the repayment in two parts. And the
 * budget dashboard on desktop and phone.
 */
class ProofBrowserTest extends BrowserTest {

	private static final String CONFIRMATION = "Ich bestätige, dass die Ausgaben notwendig waren, dass wirtschaftlich "
			+ "und sparsam verfahren wurde und dass die Angaben mit den Büchern und Belegen übereinstimmen.";

	private ProofSteps steps;

	private String programme;

	@BeforeEach
	void programme() {
		this.steps = new ProofSteps(this.port);
		this.programme = this.fixtures.programme(Map.of("A", 20_000, "B", 52_000, "C", 30_000, "D", 29_000));
	}

	@Test
	void fromTheProofOfUseToTheClosedCase() {
		long id = this.steps.active(this.programme, "1800.00", "600.00", "350.00");
		this.steps.paidOut(id, "2750.00");

		Browser carrier = german(CARRIER_A);
		carrier.visit("/antraege/" + id + "/verwendungsnachweis");
		assertThat(carrier.heading()).isEqualTo("Verwendungsnachweis einreichen");
		carrier.fill("Ausgegeben für „Position 1“ in Euro", "2.250,00");
		assertThat(shown(carrier, "lines_0-warning")).isTrue();
		assertThat(carrier.text("#spent-total")).isEqualTo("2.250,00 €");
		carrier.fill("Ausgegeben für „Position 2“ in Euro", "150");
		carrier.fill("Ausgegeben für „Position 3“ in Euro", "350,00");
		assertThat(carrier.text("#spent-total")).isEqualTo("2.750,00 €");
		assertThat(carrier.text("table.spending tfoot")).contains("2.750,00 €");
		assertThat(shown(carrier, "lines_1-warning")).isFalse();
		assertThat(shown(carrier, "total-warning")).isFalse();
		carrier.fill("Bericht über die Maßnahme",
				"Zwölf Treffen mit insgesamt 180 Gästen. Für die Gespräche mit den Familien "
						+ "war mehr Sprachmittlung nötig als geplant; dafür wurde weniger Material gebraucht.");
		shot(carrier, "proof-of-use");
		carrier.press("Verwendungsnachweis einreichen");
		assertThat(carrier.text(".error-summary")).contains("Bitte bestätigen Sie");
		assertThat(carrier.focused().getAttribute("id")).isEqualTo("error-summary");
		assertThat(carrier.text("#spent-total")).isEqualTo("2.750,00 €");
		assertThat(shown(carrier, "lines_0-warning")).isTrue();
		shot(carrier, "proof-of-use-errors");
		assertThat(this.steps.status(id)).isEqualTo("ACTIVE");
		Browser carrierPhone = narrow(german(CARRIER_A));
		carrierPhone.visit("/antraege/" + id + "/verwendungsnachweis");
		carrierPhone.fill("Ausgegeben für „Position 1“ in Euro", "2.250,00");
		assertThat(shown(carrierPhone, "lines_0-warning")).isTrue();
		assertThat(sidewaysScroll(carrierPhone)).isZero();
		shot(carrierPhone, "proof-of-use-narrow");
		carrier.check(CONFIRMATION).press("Verwendungsnachweis einreichen");
		assertThat(carrier.path()).isEqualTo("/antraege/" + id);
		assertThat(this.steps.status(id)).isEqualTo("PROOF_IN_AUDIT");

		Browser reviewer = german(REVIEWER);
		reviewer.visit("/antraege/" + id + "/verwendungsnachweis/pruefung");
		assertThat(reviewer.heading()).isEqualTo("Verwendungsnachweis prüfen");
		assertThat(reviewer.texts("table.proof-lines tr.flagged")).singleElement()
			.asString()
			.contains("Position 1", "+25,0 %", "Mehr als 20 % über dem Plan");
		assertThat(reviewer.text("#consequence"))
			.isEqualTo("Es wird nichts zurückgefordert. Der Fall wird abgeschlossen.");
		reviewer.check("Ja, der Nachweis ist ordnungsgemäß").fill("Anerkannter Betrag in Euro", "2.450,00");
		assertThat(reviewer.text("#consequence")).startsWith("Es sollen 300,00 € zurückgefordert werden.");
		reviewer.fill("Vermerk", "Für 300,00 € Honorare fehlen die Honorarverträge; sie werden nicht anerkannt.");
		shot(reviewer, "proof-audit");
		reviewer.press("Prüfung abschließen");
		assertThat(reviewer.path()).isEqualTo("/aufgaben");
		assertThat(this.steps.status(id)).isEqualTo("HEARING");
		this.steps.reclaimedAfterHearing(id, "300.00");
		assertThat(this.steps.status(id)).isEqualTo("REPAYMENT_DUE");

		long another = clawback();
		Browser finance = german(FINANCE);
		finance.visit("/kasse/rueckzahlungen");
		assertThat(finance.heading()).isEqualTo("Rückzahlungen");
		assertThat(finance.has("a[href='/antraege/" + id + "/rueckzahlung']")).isTrue();
		assertThat(finance.has("a[href='/antraege/" + another + "/rueckzahlung']")).isTrue();
		shot(finance, "proof-repayments");
		finance.visit("/antraege/" + id + "/rueckzahlung");
		assertThat(finance.heading()).isEqualTo("Zahlungseingang bestätigen");
		finance.fill("Eingegangener Betrag in Euro", "400,00");
		assertThat(shown(finance, "amount-warning")).isTrue();
		finance.fill("Eingegangener Betrag in Euro", "100,00");
		assertThat(shown(finance, "amount-warning")).isFalse();
		shot(finance, "proof-repayment");
		finance.press("Zahlungseingang bestätigen");
		assertThat(finance.path()).isEqualTo("/kasse/rueckzahlungen");
		assertThat(finance.text(".notice")).contains("über 100,00 €", "Noch offen: 200,00 €.");
		assertThat(this.steps.status(id)).isEqualTo("REPAYMENT_DUE");

		finance.visit("/antraege/" + id + "/rueckzahlung");
		assertThat(finance.element(By.id("amount")).getAttribute("value")).isEqualTo("200,00");
		shot(finance, "proof-repayment-second");
		finance.press("Zahlungseingang bestätigen");
		assertThat(finance.text(".notice"))
			.contains("vollständig beglichen; als Nächstes setzt die Sachbearbeitung die Zinsen fest");
		assertThat(finance.has("a[href='/antraege/" + id + "/rueckzahlung']")).isFalse();
		assertThat(this.steps.status(id)).isEqualTo("INTEREST_DUE");
		assertThat(this.steps.amount(id, "repaidAmount")).isEqualByComparingTo("300.00");

		Browser phone = narrow(german(FINANCE));
		phone.visit("/kasse/rueckzahlungen");
		assertThat(phone.has("a[href='/antraege/" + another + "/rueckzahlung']")).isTrue();
		assertThat(sidewaysScroll(phone)).isZero();
		shot(phone, "proof-repayments-narrow");
	}

	@Test
	void theBudgetDashboard() {
		long paid = this.steps.active(this.programme, "2400.00", "1600.00");
		this.steps.paidOut(paid, "3000.00");
		long small = this.steps.active(this.programme, "900.00");
		this.steps.paidOut(small, "900.00");
		this.steps.proof(small, "600.00");
		this.steps.audit(small, "600.00", "Nur 600,00 € belegt.");
		this.steps.reclaimedAfterHearing(small, "300.00");
		this.steps.repaid(small, "300.00");
		Map<String, Object> lippstadt = new HashMap<>(Requests.application(this.programme, "C", "1500.00"));
		lippstadt.put("municipality", "Lippstadt");
		long reserved = expect(201, as(CARRIER_A).post("/api/v1/applications", lippstadt)).id();
		expect(200, as(REVIEWER).post(path(reserved, "completeness"), Requests.complete()));
		expect(200, as(REVIEWER).post(path(reserved, "assessment"), Requests.recommendApproval("1500.00")));
		long big = this.steps.active(this.programme, "9000.00");
		this.steps.paidOut(big, "6000.00");
		for (int i = 0; i < 4; i++) {
			this.steps.active(this.programme, "9500.00");
		}

		Browser finance = german(FINANCE);
		finance.visit("/mittel?programme=" + this.programme);
		assertThat(finance.heading()).isEqualTo("Mittelübersicht");
		assertThat(finance.text(".budget-figures")).contains("Zuweisung\n131.000,00 €");
		assertThat(finance.text(".notice.warn")).contains("Baustein B (Baustein B) ist fast ausgeschöpft");
		shot(finance, "budget-dashboard");

		Browser phone = narrow(german(REVIEWER));
		phone.visit("/mittel?programme=" + this.programme);
		assertThat(phone.texts("table.budget-modules tbody tr")).hasSize(4);
		assertThat(sidewaysScroll(phone)).isZero();
		shot(phone, "budget-dashboard-narrow");
	}

	/** Another case whose clawback of 300 € is open. */
	private long clawback() {
		long id = this.steps.active(this.programme, "1200.00");
		this.steps.paidOut(id, "1200.00");
		this.steps.proof(id, "900.00");
		this.steps.audit(id, "900.00", "Weniger Termine als geplant.");
		this.steps.reclaimedAfterHearing(id, "300.00");
		return id;
	}

	/** How far the page reaches beyond the window's width, in CSS pixels. */
	private static long sidewaysScroll(Browser browser) {
		return (Long) browser.driver()
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

	private static boolean shown(Browser browser, String id) {
		return browser.element(By.id(id)).isDisplayed();
	}

}
