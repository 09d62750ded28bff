package de.foerderfluss.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.foerderfluss.testing.Api;
import de.foerderfluss.programme.ForwardingForm;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Pdf;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.APPROVER_2;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every document downloaded from the API and read back: the exact amounts, names, file
 * numbers and sign-offs, embedded fonts, PDF/A for the notices, and a picture of each
 * page in {@code target/documents/}.
 */
class DocumentsApiTest extends ApiTest {

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("A", 10_000, "B", 60_000));
	}

	@Test
	void theApprovalNoticeStatesTheGrantTheCostPlanAndTheConditions() {
		String byNotice = this.fixtures.programme(Map.of("B", 60_000), ForwardingForm.NOTICE);
		long id = inApproval(byNotice, "B", "11500.50");
		expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve("11500.50")));
		expect(200, as(APPROVER_2).post(path(id, "decision"), Map.of("approved", true)));
		String fileNumber = fileNumber(id);

		Pdf notice = download(CARRIER_A, path(id, "documents/approval-notice"), "approval-notice");

		String text = notice.flatText();
		assertThat(text).contains("Weiterleitungsbescheid (Zuwendungsbescheid)", fileNumber, "Testverein A e.V.",
				"z. Hd. Clara Kontakt", "Marktstraße 1", "59494 Soest", "Sprachcafé im Stadtteil",
				"01.04.2026 bis 31.10.2026", "11.500,50 €", "Honorare", "Position 1", "Gesamtkosten laut Kostenplan",
				"Testprogramm " + byNotice, "Förderjahr 2026", "einer Annahme bedarf es nicht",
				"gilt am Tag nach dem Abruf als bekannt gegeben", "Rechtsbehelfsbelehrung",
				"innerhalb von zwei Monaten", "bis zu 20 %", "spätestens bis zum 31.12.2026",
				"5 Prozentpunkten über dem Basiszinssatz", "Verwaltungsgericht Musterstadt", "Dr. Greta Genehmiger",
				"Max Mitzeichner", "Leitung des Kommunalen Integrationszentrums", "Ansprechperson", "Paula Prüfer",
				"Kreis Musterstadt", "Am Markt 1");
		assertThat(text).doesNotContain("null")
			.doesNotContain("Weiterleitungsvertrag")
			.doesNotContain("Annahme innerhalb");
		assertArchivable(notice);
	}

	@Test
	void theForwardingContractNamesBothPartiesHasClausesAndNoInstructionsOnLegalRemedies() {
		long id = inApproval(this.programme, "B", "11500.50");
		expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve("11500.50")));
		expect(200, as(APPROVER_2).post(path(id, "decision"), Map.of("approved", true)));
		String fileNumber = fileNumber(id);

		Pdf contract = download(CARRIER_A, path(id, "documents/forwarding-contract"), "forwarding-contract");

		String text = contract.flatText();
		assertThat(text).contains("Weiterleitungsvertrag", fileNumber,
				"zwischen Kreis Musterstadt, Der Landrat, Kommunales Integrationszentrum, Am Markt 1, 12345 Musterstadt, vertreten durch Dr. Greta Genehmiger",
				"nachfolgend „Zuwendungsgeber“", "und Testverein A e.V., Marktstraße 1, 59494 Soest",
				"nachfolgend „Träger“", "§ 1", "Gegenstand", "Sprachcafé im Stadtteil", "11.500,50 €", "Honorare",
				"§ 2", "bis zu 20 %", "§ 3", "innerhalb von zwei Monaten", "§ 4", "spätestens bis zum 31.12.2026",
				"§ 5", "Landesrechnungshof", "§ 6", "Prozentpunkten über dem Basiszinssatz", "§ 7",
				"bis zum 01.04.2026 in Förderfluss hochlädt", "§ 8", "Gerichtsstand", "Für den Zuwendungsgeber",
				"mitgezeichnet: Max Mitzeichner", "Für den Träger", "Unterschrift der vertretungsberechtigten Person");
		assertThat(text).doesNotContain("null", "Rechtsbehelfsbelehrung", "Klage", "Verwaltungsgericht", "Bescheid",
				"bewillige");
		assertArchivable(contract);
		expect(404, as(CARRIER_A).get(path(id, "documents/approval-notice")));
	}

	@Test
	void anOfferThatLapsedEndsWithALetterSignedByTheApproverWithoutLegalRemedies() {
		long id = approved(this.programme, "B", "2000.00");
		this.time.advance(java.time.Duration.ofDays(31));
		this.time.fireDueTimers(id);

		Pdf letter = download(CARRIER_A, path(id, "documents/contract-lapse-notice"), "contract-lapse-notice");

		assertThat(letter.flatText())
			.contains("Erlöschen unseres Angebots auf Abschluss eines Weiterleitungsvertrages", fileNumber(id),
					"am 02.03.2026", "2.000,00 €", "bis zum 01.04.2026", "Das Angebot ist erloschen",
					"§ 146, § 148 BGB", "Dr. Greta Genehmiger", "freigegeben")
			.doesNotContain("null", "Rechtsbehelfsbelehrung", "Klage");
		assertArchivable(letter);
	}

	@Test
	void theRejectionNoticeGivesTheRecordedReason() {
		long id = inApproval(this.programme, "B", "900.00");
		expect(200, as(APPROVER).post(path(id, "decision"),
				Map.of("approved", false, "reason", "Die Maßnahme ist bereits über den Kirchenkreis finanziert.")));

		Pdf notice = download(CARRIER_A, path(id, "documents/rejection-notice"), "rejection-notice");

		assertThat(notice.flatText()).contains("Ablehnung Ihres Antrags", fileNumber(id), "900,00 €",
				"Die Maßnahme ist bereits über den Kirchenkreis finanziert.", "Rechtsbehelfsbelehrung",
				"Dr. Greta Genehmiger", "ein Rechtsanspruch auf Förderung besteht nicht");
		assertArchivable(notice);
		expect(404, as(CARRIER_A).get(path(id, "documents/approval-notice")));
	}

	@Test
	void theClawbackNoticeSetsAmountDueDateInterestAndAccount() {
		long id = active(this.programme, "B", "3000.00");
		paidOut(id, "3000.00");
		submitProof(id, "2750.00");
		expect(200, as(REVIEWER).post(path(id, "proof-of-use/audit"),
				Map.of("accepted", true, "recognisedAmount", amount("2750.00"), "note", "Belege für 250 € fehlen.")));
		answerHearing(id, "Die Belege sind verloren gegangen.");
		decideAfterHearing(id, "250.00", "Ohne Belege ist die Verwendung nicht nachgewiesen.");

		Pdf notice = download(CARRIER_A, path(id, "documents/clawback-notice"), "clawback-notice");

		assertThat(notice.flatText()).contains("Rückforderung", fileNumber(id), "3.000,00 €", "2.750,00 €", "250,00 €",
				"bis zum 02.04.2026", "Kreiskasse Musterstadt", "DE95 4145 0075 0005 6789 01", "WELADED1SOS",
				"mit Wirkung vom 02.03.2026 unwirksam", "5 Prozentpunkten über dem jeweiligen Basiszinssatz", "§ 49a",
				"Rainer Revision", fileNumber(id) + " Rückforderung");
		assertArchivable(notice);
	}

	@Test
	void thePayoutStatementShowsPayeeAmountBudgetLineAndBothSignOffsAndMarksReprints() {
		long id = active(this.programme, "A", "2000.00");
		long payout = paidOut(id, "1234.56");

		Pdf first = download(FINANCE, "/api/v1/payouts/" + payout + "/statement", "payout-statement");
		String text = first.flatText();
		assertThat(text).contains("Auszahlungsanordnung Nr. " + payout, "Testverein A e.V.",
				"DE62 4145 0075 0001 2345 67", "1.234,56 €",
				"Testprogramm " + this.programme + " · Förderjahr 2026 · Baustein A", fileNumber(id),
				"Sachlich und rechnerisch richtig", "Paula Prüfer", "Angeordnet", "Karl Kasse", "02.03.2026, 09:00 Uhr",
				"Kreiskasse Musterstadt", "Ausdruck Nr. 1");
		assertThat(text).doesNotContain("KOPIE");
		assertThat(first.fontsNotEmbedded()).isEmpty();
		// Only notices are archived as PDF/A; the check tells the two apart.
		assertThat(first.pdfaViolations()).isNotEmpty();

		Pdf second = download(FINANCE, "/api/v1/payouts/" + payout + "/statement", "payout-statement-copy");
		assertThat(second.flatText()).contains("KOPIE", "Ausdruck Nr. 2", "1.234,56 €");
		expect(403, as(CARRIER_A).get("/api/v1/payouts/" + payout + "/statement"));
		expect(404, as(FINANCE).get("/api/v1/payouts/999999/statement"));
	}

	@Test
	void thePayoutListHasOneLinePerPayoutAndTheTotal() {
		long first = active(this.programme, "B", "5000.00");
		long second = active(this.programme, "B", "7000.00");
		long a = paidOut(first, "1000.00");
		long b = paidOut(second, "2500.25");
		long c = paidOut(first, "499.75");

		Pdf list = download(FINANCE, "/api/v1/payouts/list?ids=" + a + "," + b + "," + c, "payout-list");

		assertThat(list.flatText()).contains("Auszahlungsliste", fileNumber(first), fileNumber(second), "1.000,00 €",
				"2.500,25 €", "499,75 €", "Summe: 3 Auszahlungen", "4.000,00 €", "Seite 1 von 1");
		assertThat(list.fontsNotEmbedded()).isEmpty();
		Pdf period = download(FINANCE, "/api/v1/payouts/list?from=2026-03-02&to=2026-03-02", "payout-list-period");
		assertThat(period.flatText()).contains("02.03.2026 bis 02.03.2026", "2.500,25 €");
		expect(400, as(FINANCE).get("/api/v1/payouts/list?from=2026-03-05&to=2026-03-01"));
		expect(404, as(FINANCE).get("/api/v1/payouts/list?from=2025-01-01&to=2025-01-31"));
	}

	@Test
	void theBudgetReportShowsTheYearPerModuleAndPerMunicipality() {
		long active = active(this.programme, "B", "4000.00");
		paidOut(active, "1500.00");
		inApproval(this.programme, "A", "800.00");

		Pdf report = download(FINANCE, "/api/v1/budgets/2026/report?programme=" + this.programme, "budget-report");

		assertThat(report.flatText()).contains("Mittelübersicht Testprogramm " + this.programme, "Förderjahr 2026",
				"70.000,00 €", "800,00 €", "2.500,00 €", "1.500,00 €", "65.200,00 €", "Nach Bausteinen", "Baustein A",
				"Baustein B", "Nach Kommunen", "Soest", "erstattet");
		// The tables keep the cents: module B and the town with its reservation,
		// commitment and payout.
		assertThat(report.flatText()).contains("60.000,00 € 0,00 € 2.500,00 € 1.500,00 € 0,00 € 56.000,00 €",
				"Soest 800,00 € 2.500,00 € 1.500,00 € 0,00 €");
		assertThat(report.fontsNotEmbedded()).isEmpty();
		expect(403, as(CARRIER_A).get("/api/v1/budgets/2026/report?programme=" + this.programme));
	}

	@Test
	void anotherCarrierCannotReadTheNotices() {
		long id = approved(this.programme, "B", "1000.00");
		expect(404, as(CARRIER_B).get(path(id, "documents/forwarding-contract")));
		expect(404, as(CARRIER_A).get(path(id, "documents/unknown-notice")));
		expect(404, as(CARRIER_A).get(path(id, "documents/signed-contract")));
		expect(200, as(REVIEWER).get(path(id, "documents/forwarding-contract")));
	}

	private Pdf download(String user, String path, String picture) {
		Api.Response response = expect(200, as(user).get(path));
		assertThat(response.contentType()).isEqualTo("application/pdf");
		Pdf pdf = Pdf.of(response.bytes());
		assertThat(pdf.picture(picture)).isNotEmpty();
		return pdf;
	}

	private static void assertArchivable(Pdf notice) {
		assertThat(notice.fontsNotEmbedded()).isEmpty();
		assertThat(notice.fonts()).allSatisfy((font) -> assertThat(font).contains("DejaVu"));
		assertThat(notice.xmpMetadata()).contains("pdfaid:part", "1").contains("pdfaid:conformance", "B");
		assertThat(notice.hasOutputIntent()).isTrue();
		assertThat(notice.pdfaViolations()).as("PDF/A-1b rules violated").isEmpty();
	}

	private String fileNumber(long id) {
		return expect(200, as(REVIEWER).get("/api/v1/applications/" + id)).text("fileNumber");
	}

	private void submitProof(long id, String spent) {
		var item = expect(200, as(CARRIER_A).get("/api/v1/applications/" + id)).json().path("costItems").get(0);
		expect(201,
				as(CARRIER_A).post(path(id, "proof-of-use"),
						Map.of("spentAmount", amount(spent), "report", "Alle Treffen fanden statt.", "confirmed", true,
								"costItems",
								List.of(Map.of("costItemId", item.path("id").asLong(), "amount", amount(spent))))));
	}

	static List<String> lines(String text) {
		return new ArrayList<>(List.of(text.split("\\R")));
	}

}
