package de.foerderfluss.application.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import de.foerderfluss.testing.InstantJobExecutor;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static de.foerderfluss.testing.TestFixtures.ADMIN;
import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page shows each person what they may see: the carrier its own case with its
 * next step and actions, case workers and finance also the rules' result, the budget
 * bookings and the buttons of their steps; the sections of other modules join in.
 */
class CasePageTest extends PageTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	private InstantJobExecutor jobs;

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	@Test
	void theCarrierSeesItsSubmittedCase() {
		long id = submit(this.programme, "B", "1800.00", "600.00");
		expect(201, as(CARRIER_A).upload(path(id, "documents"), "Satzung.pdf", "application/pdf", PDF));

		PageSession.Page page = signIn(CARRIER_A).get("/antraege/" + id);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("h1")).isEqualTo("Sprachcafé im Stadtteil");
		assertThat(page.text(".case-line")).contains("Aktenzeichen " + this.programme + "-2026-0001", "Eingegangen");
		assertThat(page.text("dl.facts")).contains("Träger Testverein A e.V.",
				"Förderprogramm Testprogramm " + this.programme + ", Förderjahr 2026", "Baustein B – Baustein B",
				"Kommune Soest", "Zeitraum 01.04.2026 – 31.10.2026",
				"Eingegangen 02.03.2026, 09:00 Uhr von Anna Antrag");
		assertThat(page.text(".next-steps")).contains("Vollständigkeit prüfen", "Am Zug: Sachbearbeitung",
				"Frist: 16.03.2026");
		assertThat(page.html().select(".next-steps .steps a.button")).isEmpty();
		assertThat(page.text(".money-figures")).contains("Beantragt 2.400,00 €").doesNotContain("Bewilligt");
		assertThat(page.texts("#cost-title + .table-wrap tbody tr")).containsExactly("Honorare Position 1 1.800,00 €",
				"Sachmittel Position 2 600,00 €");
		assertThat(page.text("#cost-title + .table-wrap tfoot")).contains("Summe 2.400,00 €");
		assertThat(page.html().selectFirst(".uploads a").attr("href")).startsWith("/api/v1/documents/");
		assertThat(page.text(".uploads")).contains("Satzung.pdf", "Anna Antrag");
		assertThat(page.html().select("a[href=/antraege/" + id + "/unterlagen]")).isNotEmpty();
		assertThat(page.html().select("a[href=/antraege/" + id + "/ruecknahme]")).isNotEmpty();
		assertThat(page.html().select("#ledger-title, .eligibility")).isEmpty();
		assertThat(page.texts(".history .timeline li")).containsExactly(
				"02.03.2026, 09:00 Uhr Unterlage hochgeladen von Anna Antrag Satzung.pdf",
				"02.03.2026, 09:00 Uhr Antrag eingegangen von Anna Antrag Eingegangen " + fileNumber(id));
	}

	@Test
	void caseWorkersSeeTheRulesTheBudgetAndTheButtonsOfTheirSteps() {
		long id = inApproval(this.programme, "B", "3000.00");

		PageSession.Page reviewer = signIn(REVIEWER).get("/antraege/" + id);
		assertThat(reviewer.text(".eligibility")).contains("Förderfähig, höchstens 12.000,00 €.",
				"Höchstbetrag Baustein B: 12.000,00 € je Antrag");
		assertThat(reviewer.text(".money-figures")).contains("Beantragt 3.000,00 €", "Empfohlen 3.000,00 €");
		assertThat(reviewer.texts("table.ledger tbody tr")).singleElement()
			.asString()
			.startsWith("Reservierung 3.000,00 € 02.03.2026");
		assertThat(reviewer.text(".next-steps")).contains("Über den Antrag entscheiden", "Am Zug: Leitung",
				"noch nicht übernommen");
		assertThat(reviewer.html().select(".next-steps a.button")).isEmpty();
		assertThat(reviewer.html().select("a[href$=/ruecknahme], a[href$=/unterlagen]")).isEmpty();
		assertThat(reviewer.texts(".history .timeline li strong")).containsExactly("Fachlich geprüft",
				"Förderfähigkeit geprüft", "Vollständigkeit bestätigt", "Antrag eingegangen");
		assertThat(reviewer.text(".history .timeline li:nth-child(1)")).contains("von Paula Prüfer", "In Prüfung",
				"In Entscheidung", "Empfehlung: bewilligen");
		assertThat(reviewer.text(".history .timeline li:nth-child(2)"))
			.contains("förderfähig, Höchstbetrag 12.000,00 €");

		PageSession.Page approver = signIn(APPROVER).get("/antraege/" + id);
		assertThat(approver.html().selectFirst(".next-steps a.button").attr("href"))
			.isEqualTo("/antraege/" + id + "/entscheidung");
		assertThat(approver.text(".next-steps a.button")).isEqualTo("Über den Antrag entscheiden");

		PageSession.Page finance = signIn(FINANCE).get("/antraege/" + id);
		assertThat(finance.html().select("table.ledger")).hasSize(1);
		assertThat(finance.html().select(".next-steps a.button")).isEmpty();
	}

	@Test
	void whileTheNoticeIsPreparedThePageSaysSoAndTheContractWaits() {
		long id = inApproval(this.programme, "B", "3000.00");
		this.jobs.hold();
		try {
			expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve("3000.00")));
			PageSession.Page waiting = signIn(CARRIER_A).get("/antraege/" + id);
			assertThat(waiting.text(".case-line")).contains("Bewilligt");
			assertThat(waiting.html().select(".notices a")).isEmpty();
			assertThat(waiting.text(".notices .preparing")).isEqualTo("Weiterleitungsvertrag wird gerade erstellt; "
					+ "er steht in einem Moment hier zum Herunterladen bereit");
			assertThat(expect(409, signedContract(CARRIER_A, id)).text("detail"))
				.startsWith("Der vorige Schritt wird gerade abgeschlossen");
			assertThat(status(id)).isEqualTo("APPROVED");
		}
		finally {
			this.jobs.release();
		}
		PageSession.Page issued = signIn(CARRIER_A).get("/antraege/" + id);
		assertThat(issued.html().select(".notices .preparing")).isEmpty();
		assertThat(issued.text(".notices a")).isEqualTo("Weiterleitungsvertrag (PDF)");
		concludeContract(id);
	}

	@Test
	void eachPersonSeesTheDocumentsTheyMayRead() {
		long id = inReview(this.programme, "B", "3000.00");
		expect(201, as(CARRIER_A).upload(path(id, "documents"), "Satzung.pdf", "application/pdf", PDF));
		expect(200, as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("3000.00")));
		expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve("3000.00")));
		String notice = "/api/v1/applications/" + id + "/documents/forwarding-contract";

		PageSession.Page reviewer = signIn(REVIEWER).get("/antraege/" + id);
		assertThat(reviewer.text(".uploads")).contains("Satzung.pdf");
		assertThat(reviewer.html().selectFirst(".notices a").attr("href")).isEqualTo(notice);

		PageSession.Page finance = signIn(FINANCE).get("/antraege/" + id);
		assertThat(finance.html().select(".uploads")).isEmpty();
		assertThat(finance.text(".documents")).contains(
				"Die Unterlagen, die der Träger hochgeladen hat, sehen der Träger und die Mitarbeitenden des KI.");
		assertThat(finance.html().selectFirst(".notices a").attr("href")).isEqualTo(notice);

		PageSession.Page admin = signIn(ADMIN).get("/antraege/" + id);
		assertThat(admin.status()).isEqualTo(200);
		assertThat(admin.html().select(".uploads, .notices a")).isEmpty();
		assertThat(admin.html().select("a[href^=/api/v1/documents/], a[href$=-notice]")).isEmpty();
		assertThat(expect(200, as(ADMIN).get("/api/v1/applications/" + id)).json().path("documents")).isEmpty();
		assertThat(expect(200, as(FINANCE).get("/api/v1/applications/" + id)).json().findValuesAsText("kind"))
			.containsExactly("FORWARDING_CONTRACT");
		assertThat(expect(200, as(FINANCE).get("/api/v1/applications/" + id)).json().findValuesAsText("href"))
			.containsExactly(notice);
	}

	@Test
	void onceApprovedTheNoticeAndTheFundCallsShow() {
		long before = inApproval(this.programme, "B", "3000.00");
		assertThat(signIn(CARRIER_A).get("/antraege/" + before).html().select(".fund-calls")).isEmpty();

		long id = approved(this.programme, "B", "3000.00");
		PageSession.Page carrier = signIn(CARRIER_A).get("/antraege/" + id);
		assertThat(carrier.text(".case-line")).contains("Bewilligt");
		assertThat(carrier.html().selectFirst(".notices a").attr("href"))
			.isEqualTo("/api/v1/applications/" + id + "/documents/forwarding-contract");
		assertThat(carrier.text(".notices")).contains("Weiterleitungsvertrag (PDF)", "ausgestellt am 02.03.2026");
		assertThat(carrier.text(".next-steps strong"))
			.isEqualTo("Ihr Schritt: Unterzeichneten Weiterleitungsvertrag hochladen");
		assertThat(carrier.html().selectFirst(".next-steps a.button").attr("href"))
			.isEqualTo("/antraege/" + id + "/vertrag");
		assertThat(carrier.text(".fund-calls")).contains("Bewilligt 3.000,00 €", "Es gibt noch keine Mittelabrufe.");

		concludeContract(id);
		long payout = paidOut(id, "1000.00");
		PageSession.Page paid = signIn(CARRIER_A).get("/antraege/" + id);
		assertThat(paid.text(".money-figures")).contains("Bewilligt 3.000,00 €", "Ausgezahlt 1.000,00 €");
		assertThat(paid.html().select(".fund-calls tbody tr")).hasSize(1);
		assertThat(paid.html().select(".fund-calls a[href=/antraege/" + id + "/mittelabruf]")).hasSize(1);
		assertThat(paid.texts(".history .timeline li strong")).contains("Auszahlung angeordnet",
				"Mittelabruf sachlich richtig", "Mittelabruf eingegangen",
				"Weiterleitungsvertrag geschlossen (Eingang bestätigt)",
				"Unterzeichneter Weiterleitungsvertrag eingegangen", "Bescheid erstellt", "Bewilligt");
		assertThat(paid.text(".history .timeline")).contains("Auszahlung " + payout + " über 1.000,00 €",
				"Weiterleitungsvertrag");

		PageSession.Page finance = signIn(FINANCE).get("/antraege/" + id);
		assertThat(finance.texts("table.ledger tbody tr td:first-child")).containsExactly("Reservierung",
				"Bindung (Bewilligung)", "Auszahlung");
		assertThat(finance.html().select(".fund-calls a[href$=/statement]")).hasSize(1);
	}

	@Test
	void aRejectedCaseSaysWhyAndOffersNothing() {
		long id = inApproval(this.programme, "B", "3000.00");
		expect(200, as(APPROVER).post(path(id, "decision"),
				Map.of("approved", false, "reason", "Die Maßnahme richtet sich nicht an die Zielgruppe.")));

		PageSession.Page page = signIn(CARRIER_A).get("/antraege/" + id);

		assertThat(page.text(".next-steps")).contains("Der Antrag ist abgelehnt. Das Verfahren ist beendet.",
				"Begründung der Ablehnung", "Die Maßnahme richtet sich nicht an die Zielgruppe.");
		assertThat(page.html().select("a[href$=/ruecknahme], a[href$=/unterlagen]")).isEmpty();
		assertThat(page.text(".notices")).contains("Ablehnungsbescheid (PDF)");
	}

	@Test
	void anotherCarriersCaseIsNotFound() {
		long id = submit(this.programme, "B", "1800.00");

		PageSession.Page foreign = signIn(CARRIER_B).get("/antraege/" + id);

		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.text("h1")).isEqualTo("Seite nicht gefunden");
		assertThat(foreign.text("main")).doesNotContain("Sprachcafé", fileNumber(id));
		assertThat(signIn(CARRIER_A).get("/antraege/999999").status()).isEqualTo(404);
	}

	@Test
	void theCasePageSpeaksEnglish() {
		long id = inApproval(this.programme, "B", "3000.00");

		PageSession.Page page = signIn(REVIEWER).inEnglish().get("/antraege/" + id + "?lang=en");

		assertThat(page.text("#next-title")).isEqualTo("What happens next");
		assertThat(page.text(".next-steps")).contains("Decide on the application", "Up next: Head");
		assertThat(page.texts(".history .timeline li strong")).contains("Assessed", "Application submitted");
		assertThat(page.text(".eligibility")).contains("Eligible, at most 12,000.00 €.");
	}

	private String fileNumber(long id) {
		return as(REVIEWER).get("/api/v1/applications/" + id).text("fileNumber");
	}

}
