package de.foerderfluss.programme.web;

import java.util.Map;

import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.ADMIN;
import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget dashboard shows the ledger's figures of a funding year in total, per module
 * and per municipality, and warns where a budget line is nearly used up.
 */
class BudgetPagesTest extends PageTest {

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("A", 40_000, "B", 60_000));
	}

	@Test
	void theFiguresOfTheYearInTotalPerModuleAndPerMunicipality() {
		long paid = active(this.programme, "B", "3000.00");
		paidOut(paid, "1000.00");
		inApproval(this.programme, "B", "2000.00");
		Map<String, Object> lippstadt = new java.util.HashMap<>(Requests.application(this.programme, "A", "800.00"));
		lippstadt.put("municipality", "Lippstadt");
		long inLippstadt = expect(201, as(CARRIER_A).post("/api/v1/applications", lippstadt)).id();
		expect(200, as(REVIEWER).post(path(inLippstadt, "completeness"), Requests.complete()));
		expect(200, as(REVIEWER).post(path(inLippstadt, "assessment"), Requests.recommendApproval("800.00")));
		expect(200, as(APPROVER).post(path(inLippstadt, "decision"), Requests.approve("800.00")));

		PageSession.Page page = signIn(FINANCE).get("/mittel?programme=" + this.programme);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("h1")).isEqualTo("Mittelübersicht");
		assertThat(page.text(".budget-head h2")).isEqualTo("Testprogramm " + this.programme + " · Förderjahr 2026");
		assertThat(page.html().selectFirst("#fundingYear option[selected]").val()).isEqualTo("2026");
		assertThat(page.html().selectFirst("#programme option[selected]").val()).isEqualTo(this.programme);
		assertThat(page.texts(".budget-figures > div")).containsExactly("Zuweisung 100.000,00 €",
				"Reserviert 2.000,00 €", "Bewilligt 2.800,00 €", "Ausgezahlt 1.000,00 €", "Erstattet 0,00 €",
				"Verfügbar 94.200,00 €");
		assertThat(page.texts("table.budget-modules tbody tr")).containsExactly(
				"A – Baustein A 40.000,00 € 0,00 € 800,00 € 0,00 € 0,00 € 39.200,00 € 2,0 %",
				"B – Baustein B 60.000,00 € 2.000,00 € 2.000,00 € 1.000,00 € 0,00 € 55.000,00 € 8,3 %");
		assertThat(page.text("table.budget-modules tfoot"))
			.isEqualTo("Summe 100.000,00 € 2.000,00 € 2.800,00 € 1.000,00 € 0,00 € 94.200,00 € 5,8 %");
		assertThat(page.texts("table.budget-towns tbody tr")).containsExactly(
				"Lippstadt 0,00 € 800,00 € 0,00 € 0,00 € 800,00 €",
				"Soest 2.000,00 € 2.000,00 € 1.000,00 € 0,00 € 5.000,00 €");
		assertThat(page.html().select(".notice.warn")).isEmpty();
		assertThat(page.html().selectFirst("a[href^=/api/v1/budgets/]").attr("href"))
			.isEqualTo("/api/v1/budgets/2026/report?programme=" + this.programme);
	}

	@Test
	void theBarsStackPaidCommittedAndReservedAgainstTheAllocationWithTheFiguresAsText() {
		long paid = active(this.programme, "B", "3000.00");
		paidOut(paid, "1200.00");
		inApproval(this.programme, "B", "600.00");

		PageSession.Page page = signIn(REVIEWER).get("/mittel?programme=" + this.programme + "&fundingYear=2026");

		var moduleB = page.html().select("#modules-title ~ .chart .bar-row").get(1);
		assertThat(moduleB.select(".bar-label").text()).isEqualTo("B – Baustein B");
		assertThat(moduleB.select(".bar").attr("aria-hidden")).isEqualTo("true");
		assertThat(moduleB.select(".bar .disbursed").attr("width")).isEqualTo("2.00");
		assertThat(moduleB.select(".bar .committed").attr("x")).isEqualTo("2.00");
		assertThat(moduleB.select(".bar .committed").attr("width")).isEqualTo("3.00");
		assertThat(moduleB.select(".bar .reserved").attr("x")).isEqualTo("5.00");
		assertThat(moduleB.select(".bar .reserved").attr("width")).isEqualTo("1.00");
		assertThat(moduleB.select(".bar-figures").text()).isEqualTo(
				"Ausgezahlt 1.200,00 € · bewilligt 1.800,00 € · reserviert 600,00 € · verfügbar 56.400,00 € von 60.000,00 €");
		assertThat(page.texts("#modules-title ~ .chart .legend li")).containsExactly(
				"Ausgezahlt (abzüglich Erstattungen)", "Bewilligt, noch nicht ausgezahlt",
				"Reserviert (Anträge in Prüfung)", "Verfügbar");
		var soest = page.html().select("#towns-title ~ .chart .bar-row").get(0);
		assertThat(soest.select(".bar").hasClass("relative")).isTrue();
		assertThat(soest.select(".bar .disbursed").attr("width")).isEqualTo("33.33");
		assertThat(soest.select(".bar-figures").text())
			.isEqualTo("Ausgezahlt 1.200,00 € · bewilligt 1.800,00 € · reserviert 600,00 € · insgesamt 3.600,00 €");
	}

	@Test
	void aNearlyExhaustedModuleIsFlaggedInWords() {
		String small = this.fixtures.programme(Map.of("B", 5_000));
		active(small, "B", "4600.00");

		PageSession.Page page = signIn(APPROVER).get("/mittel?programme=" + small);

		assertThat(page.text(".notice.warn")).isEqualTo(
				"Baustein B (Baustein B) ist fast ausgeschöpft: Verfügbar sind noch 400,00 €, das sind 8,0 % der Zuweisung.");
		assertThat(page.text("table.budget-modules tr.flagged")).contains("400,00 €", "92,0 %", "fast ausgeschöpft");

		active(small, "B", "400.00");
		PageSession.Page exhausted = signIn(ADMIN).get("/mittel?programme=" + small);
		assertThat(exhausted.text(".notice.warn")).startsWith("Baustein B (Baustein B) ist ausgeschöpft");
		assertThat(exhausted.text("table.budget-modules tr.flagged")).contains("0,00 €", "100,0 %", "ausgeschöpft");
	}

	@Test
	void severalProgrammesAskForAChoiceAndUnknownChoicesAreRefusedAtTheirField() {
		this.fixtures.programme(Map.of("C", 1_000));
		PageSession finance = signIn(FINANCE);

		PageSession.Page choice = finance.get("/mittel");
		assertThat(choice.status()).isEqualTo(200);
		assertThat(choice.text(".notice")).isEqualTo("Bitte wählen Sie ein Förderprogramm und ein Förderjahr.");
		assertThat(choice.html().select(".budget-figures")).isEmpty();
		assertThat(choice.html().select("#programme option").eachAttr("value")).contains("", this.programme);

		PageSession.Page unknownYear = finance.get("/mittel?programme=" + this.programme + "&fundingYear=2031");
		assertThat(unknownYear.fieldError("fundingYear")).isEqualTo("Für das Jahr 2031 gibt es kein Förderjahr.");
		assertThat(unknownYear.html().select(".budget-figures")).isEmpty();

		PageSession.Page unknownProgramme = finance.get("/mittel?programme=XYZ");
		assertThat(unknownProgramme.fieldError("programme")).isEqualTo("Das Förderprogramm „XYZ“ gibt es nicht.");

		PageSession.Page chosen = finance.submit(choice, "form[action$=/mittel]", Map.of("programme", this.programme));
		assertThat(chosen.text(".budget-head h2")).contains("Förderjahr 2026");
	}

	@Test
	void carriersDoNotSeeTheBudgetAndTheDashboardSpeaksEnglish() {
		assertThat(signIn(CARRIER_A).get("/mittel?programme=" + this.programme).status()).isEqualTo(403);

		PageSession.Page english = signIn(FINANCE).inEnglish().get("/mittel?programme=" + this.programme + "&lang=en");
		assertThat(english.text("h1")).isEqualTo("Budget overview");
		assertThat(english.texts(".budget-figures > div")).contains("Allocation 100,000.00 €",
				"Available 100,000.00 €");
	}

}
