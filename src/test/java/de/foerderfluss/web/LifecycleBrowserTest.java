package de.foerderfluss.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.Browser;
import de.foerderfluss.testing.BrowserTest;
import de.foerderfluss.testing.Pdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_2;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_APPROVER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One application taken from submission to closed entirely in the browser, by each role
 * in a browser of its own: the carrier applies, uploads, answers a request for documents,
 * accepts the contract, calls funds and proves their use; case workers check, assess,
 * verify and audit; the KI head decides; finance releases the payout and confirms the
 * repayment of the clawback. The API only reads what the pages did. Then the refusals a
 * person meets most: the four-eyes rule, another carrier's case and an invalid form.
 */
class LifecycleBrowserTest extends BrowserTest {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final String CONFIRMATION = "Ich bestätige, dass die Ausgaben notwendig waren, dass wirtschaftlich "
			+ "und sparsam verfahren wurde und dass die Angaben mit den Büchern und Belegen übereinstimmen.";

	private String programme;

	private long yearId;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
		this.yearId = this.jdbc.queryForObject(
				"select y.id from funding_year y join programme p on p.id = y.programme_id where p.code = ?",
				Long.class, this.programme);
	}

	@Test
	void oneApplicationFromSubmissionToClosedInTheBrowsersOfFourRoles(@TempDir Path files) throws IOException {
		// The carrier applies for module B and uploads its statutes.
		Browser carrier = german(CARRIER_A);
		assertThat(carrier.heading()).isEqualTo("Meine Anträge");
		carrier.follow("Neuen Antrag stellen");
		carrier.element(By.cssSelector("a[href*='baustein=B'][href*='foerderjahr=" + this.yearId + "']")).click();
		assertThat(carrier.heading()).isEqualTo("Neuer Antrag für Baustein B");
		fillApplication(carrier);
		shot(carrier, "lifecycle-01-application");
		carrier.press("Antrag stellen");
		long id = Long.parseLong(carrier.path().replace("/antraege/", ""));
		String fileNumber = this.programme + "-2026-0001";
		assertThat(carrier.text("main")).contains(fileNumber, "Eingegangen");
		carrier.follow("Unterlagen hochladen");
		carrier.attach("Datei", Files.write(files.resolve("Satzung.pdf"), PDF)).press("Hochladen");
		assertThat(carrier.text(".uploads")).contains("Satzung.pdf");
		shot(carrier, "lifecycle-02-case-submitted");

		// A case worker takes the task on and asks for a missing document.
		Browser reviewer = german(REVIEWER);
		reviewer.visit("/aufgaben?q=" + fileNumber);
		reviewer.pressIn("#task-" + taskOf(REVIEWER, id), "Übernehmen");
		assertThat(reviewer.texts("#tasks-mine tbody tr")).singleElement().asString().contains(fileNumber);
		shot(reviewer, "lifecycle-03-tasks");
		reviewer.follow("Vollständigkeit prüfen");
		assertThat(reviewer.text("ul.documents")).contains("Satzung.pdf");
		reviewer.check("Nein, es fehlen Unterlagen")
			.fill("Was fehlt?", "Bitte reichen Sie den Kostenvoranschlag für die Verpflegung nach.");
		shot(reviewer, "lifecycle-04-completeness");
		reviewer.press("Prüfung abschließen");
		assertThat(reviewer.path()).isEqualTo("/aufgaben");
		assertThat(status(id)).isEqualTo("INCOMPLETE");

		// The carrier sends it.
		carrier.visit("/antraege/" + id).follow("Fehlende Unterlagen nachreichen");
		assertThat(carrier.text(".requested")).contains("Kostenvoranschlag für die Verpflegung");
		carrier.attach("Datei", Files.write(files.resolve("Kostenvoranschlag.pdf"), PDF)).press("Hochladen");
		carrier.fill("Nachricht an die Sachbearbeitung", "Der Kostenvoranschlag der Bäckerei liegt bei.");
		shot(carrier, "lifecycle-05-resubmission");
		carrier.press("Nachreichung abschließen");
		assertThat(status(id)).isEqualTo("SUBMITTED");

		// Complete now; another case worker, who also holds the KI head's role, assesses.
		reviewer.visit("/aufgaben?q=" + fileNumber).follow("Vollständigkeit prüfen");
		reviewer.check("Ja, die Unterlagen sind vollständig").press("Prüfung abschließen");
		assertThat(status(id)).isEqualTo("IN_REVIEW");
		Browser assessor = german(REVIEWER_APPROVER);
		assessor.visit("/aufgaben?q=" + fileNumber).follow("Antrag fachlich prüfen");
		assertThat(assessor.text("main")).contains("Förderfähig");
		assessor.check("Bewilligung empfehlen")
			.fill("Empfohlener Betrag in Euro", "2.400,00")
			.fill("Begründung", "Bedarf belegt, Honorare marktüblich.");
		shot(assessor, "lifecycle-06-assessment");
		assessor.press("Votum abgeben");
		assertThat(status(id)).isEqualTo("IN_APPROVAL");

		// The assessor may not decide; the KI head does.
		assessor.visit("/antraege/" + id + "/entscheidung");
		assertThat(assessor.text("#four-eyes")).contains("Sie haben diesen Antrag fachlich geprüft.");
		assessor.check("Bewilligen").press("Entscheidung speichern");
		assertThat(assessor.text(".error-summary")).contains("Vier-Augen-Prinzip");
		shot(assessor, "lifecycle-07-four-eyes");
		assertThat(status(id)).isEqualTo("IN_APPROVAL");
		Browser head = german(APPROVER);
		head.visit("/aufgaben?q=" + fileNumber).follow("Über Antrag entscheiden");
		head.check("Bewilligen");
		shot(head, "lifecycle-08-decision");
		head.press("Entscheidung speichern");
		assertThat(head.text(".notice")).contains("ist über 2.400,00 € bewilligt");
		assertThat(status(id)).isEqualTo("APPROVED");

		// The carrier reads the forwarding contract, signs it and uploads it; a case
		// worker confirms its receipt.
		carrier.visit("/antraege/" + id);
		assertThat(carrier.has("a[href$='/documents/forwarding-contract']")).isTrue();
		assertThat(pdf(CARRIER_A, path(id, "documents/forwarding-contract")).flatText()).contains(fileNumber,
				"2.400,00 €", "Weiterleitungsvertrag");
		carrier.follow("Unterzeichneten Weiterleitungsvertrag hochladen");
		java.nio.file.Path signed = java.nio.file.Files.createTempFile("Vertrag-unterschrieben", ".pdf");
		java.nio.file.Files.write(signed, SIGNED_CONTRACT);
		carrier.attach("Unterzeichneter Vertrag", signed);
		shot(carrier, "lifecycle-09-contract");
		carrier.press("Unterzeichneten Vertrag senden");
		Browser receipt = german(REVIEWER);
		receipt.visit("/antraege/" + id + "/vertrag/eingang")
			.check("Ja: vollständig und von vertretungsberechtigten Personen unterzeichnet. Der Vertrag ist geschlossen.");
		receipt.press("Speichern");
		assertThat(status(id)).isEqualTo("ACTIVE");

		// Funds are called, verified by a second case worker and released by finance.
		carrier.visit("/antraege/" + id).follow("Mittel abrufen");
		carrier.fill("Betrag in Euro", "2.400,00").date("Benötigt am", "2026-03-16");
		shot(carrier, "lifecycle-10-fund-call");
		carrier.press("Mittel abrufen");
		assertThat(carrier.text(".fund-calls")).contains("Abgerufen\n2.400,00 €");
		Browser verifier = german(REVIEWER_2);
		verifier.visit("/aufgaben?q=" + fileNumber).follow("Mittelabruf sachlich prüfen");
		verifier.check("Ja, sachlich und rechnerisch richtig").fill("Vermerk", "Honorarverträge liegen vor.");
		verifier.press("Prüfung abschließen");
		Browser finance = german(FINANCE);
		finance.visit("/kasse");
		finance.element(By.cssSelector("a[href$='/anordnung']")).click();
		assertThat(finance.text()).contains("DE62 4145 0075 0001 2345 67", "Rainer Revision", "2.400,00 €");
		shot(finance, "lifecycle-11-release");
		finance.press("Auszahlung anordnen");
		assertThat(finance.path()).isEqualTo("/kasse/auszahlungen");
		String statement = finance.element(By.cssSelector("a[href$='/statement']"))
			.getAttribute("href")
			.replaceFirst("^https?://[^/]+", "");
		assertThat(pdf(FINANCE, statement).flatText()).contains("Auszahlungsanordnung", fileNumber, "2.400,00 €",
				"Rainer Revision", "Karl Kasse");
		assertThat(amountOf(id, "paidAmount")).isEqualByComparingTo("2400.00");

		// The carrier proves the use of the money; less is recognised than was paid.
		carrier.visit("/antraege/" + id).follow("Verwendungsnachweis einreichen");
		carrier.fill("Ausgegeben für „Honorare Sprachmittlung“ in Euro", "1.800,00")
			.fill("Ausgegeben für „Getränke“ in Euro", "300,00")
			.fill("Bericht über die Maßnahme", "Zehn Treffen mit 150 Gästen; weniger Verpflegung als geplant.")
			.check(CONFIRMATION);
		assertThat(carrier.text("#spent-total")).isEqualTo("2.100,00 €");
		shot(carrier, "lifecycle-12-proof-of-use");
		carrier.press("Verwendungsnachweis einreichen");
		assertThat(status(id)).isEqualTo("PROOF_IN_AUDIT");
		reviewer.visit("/aufgaben?q=" + fileNumber).follow("Verwendungsnachweis prüfen");
		reviewer.check("Ja, der Nachweis ist ordnungsgemäß");
		assertThat(reviewer.element(By.id("recognisedAmount")).getAttribute("value")).isEqualTo("2.100,00");
		assertThat(reviewer.text("#consequence")).startsWith("Es sollen 300,00 € zurückgefordert werden.");
		reviewer.fill("Vermerk", "Verpflegung geringer als geplant; 300,00 € wurden nicht ausgegeben.");
		shot(reviewer, "lifecycle-13-audit");
		reviewer.press("Prüfung abschließen");
		assertThat(status(id)).isEqualTo("HEARING");

		// The carrier is heard before the clawback and answers on its case page.
		carrier.visit("/antraege/" + id);
		assertThat(carrier.text("dl.hearing")).contains("Rückforderung von 300,00 €");
		assertThat(carrier.has("a[href$='/documents/hearing-letter']")).isTrue();
		assertThat(pdf(CARRIER_A, path(id, "documents/hearing-letter")).flatText()).contains(fileNumber,
				"Beabsichtigte Rückforderung", "300,00 €", "§ 28 Abs. 1 VwVfG NRW");
		carrier.follow("Zur Anhörung Stellung nehmen");
		assertThat(carrier.heading()).isEqualTo("Zur Anhörung Stellung nehmen");
		carrier.fill("Stellungnahme", "Es kamen weniger Gäste; das Geld für die Getränke wurde nicht gebraucht.");
		shot(carrier, "lifecycle-13a-hearing-answer");
		carrier.press("Stellungnahme abgeben");
		assertThat(carrier.path()).isEqualTo("/antraege/" + id);
		assertThat(carrier.text("dl.hearing")).contains("das Geld für die Getränke wurde nicht gebraucht");
		assertThat(carrier.has("a[href$='/anhoerung']")).isFalse();

		// The case worker reads the answer and decides, with reasons.
		reviewer.visit("/aufgaben?q=" + fileNumber).follow("Nach der Anhörung entscheiden");
		assertThat(reviewer.text("dl.hearing")).contains("das Geld für die Getränke wurde nicht gebraucht");
		reviewer.check("Rückforderung festsetzen (angekündigt: 300,00 €, auch weniger)")
			.fill("Begründung und Ermessenserwägungen",
					"Der Träger bestätigt, dass 300,00 € nicht gebraucht wurden; sie sind zu erstatten.");
		shot(reviewer, "lifecycle-13b-hearing-decision");
		reviewer.press("Entscheidung treffen");
		assertThat(status(id)).isEqualTo("REPAYMENT_DUE");
		carrier.visit("/antraege/" + id);
		assertThat(carrier.has("a[href$='/documents/clawback-notice']")).isTrue();
		assertThat(pdf(CARRIER_A, path(id, "documents/clawback-notice")).flatText()).contains(fileNumber, "300,00 €",
				"das Geld für die Getränke wurde nicht gebraucht", "sie sind zu erstatten", "Paula Prüfer");

		// Finance confirms the repayment and the case is closed.
		finance.visit("/kasse/rueckzahlungen");
		finance.element(By.cssSelector("a[href='/antraege/" + id + "/rueckzahlung']")).click();
		assertThat(finance.element(By.id("amount")).getAttribute("value")).isEqualTo("300,00");
		shot(finance, "lifecycle-14-repayment");
		finance.press("Zahlungseingang bestätigen");
		assertThat(finance.text(".notice")).contains("als Nächstes setzt die Sachbearbeitung die Zinsen fest");
		assertThat(status(id)).isEqualTo("INTEREST_DUE");

		// The case worker sets the interest: repaid on the day the grant became
		// ineffective, nothing accrued, so it is waived with reasons and the case closes.
		reviewer.visit("/aufgaben?q=" + fileNumber).follow("Zinsen festsetzen");
		assertThat(reviewer.text(".interest-total")).isEqualTo("0,00 €");
		reviewer.check("Auf die Zinsen verzichten (nur unter 50,00 €)")
			.fill("Begründung und Ermessenserwägungen",
					"Am Tag der Unwirksamkeit zurückgezahlt; keine Zinsen angefallen.");
		shot(reviewer, "lifecycle-14b-interest");
		reviewer.press("Entscheidung speichern");
		assertThat(status(id)).isEqualTo("CLOSED");

		carrier.visit("/antraege/" + id);
		assertThat(carrier.text("main")).contains("Abgeschlossen");
		assertThat(carrier.texts(".history .timeline li strong")).contains("Antrag eingegangen",
				"Unterlagen nachgefordert", "Bewilligt", "Weiterleitungsvertrag geschlossen (Eingang bestätigt)",
				"Auszahlung angeordnet", "Anhörung eingeleitet", "Rückforderung festgesetzt", "Auf Zinsen verzichtet",
				"Zinsen erledigt, Vorgang abgeschlossen");
		shot(carrier, "lifecycle-15-closed");
		assertThat(moduleFigure(this.programme, "B", "disbursed")).isEqualByComparingTo("2400.00");
		assertThat(moduleFigure(this.programme, "B", "repaid")).isEqualByComparingTo("300.00");
		assertThat(moduleFigure(this.programme, "B", "available")).isEqualByComparingTo("57900.00");
	}

	@Test
	void anotherCarriersCaseIsNotFoundAndAnInvalidFormStoresNothing() {
		long foreign = submit(this.programme, "B", "1200.00");

		Browser other = german(CARRIER_B);
		assertThat(other.text("main")).doesNotContain(this.programme + "-2026");
		other.visit("/antraege/" + foreign);
		assertThat(other.heading()).isEqualTo("Seite nicht gefunden");
		assertThat(other.text("main")).contains("Antrag " + foreign + " wurde nicht gefunden.")
			.doesNotContain("Sprachcafé", this.programme + "-2026");
		assertThat(other.text("header")).contains("Angemeldet: Bernd Beispiel");
		shot(other, "lifecycle-16-other-carrier");
		other.visit("/antraege/" + foreign + "/mittelabruf");
		assertThat(other.heading()).isEqualTo("Seite nicht gefunden");

		other.visit("/antraege/neu?baustein=B&foerderjahr=" + this.yearId);
		other.fill("Titel der Maßnahme", "Ohne Kostenplan").date("Beginn", "2026-09-30").date("Ende", "2026-09-01");
		other.press("Antrag stellen");
		assertThat(other.path()).isEqualTo("/antraege/neu");
		assertThat(other.focused().getAttribute("id")).isEqualTo("error-summary");
		assertThat(other.text(".error-summary")).contains("Bitte korrigieren Sie Ihre Eingaben");
		assertThat(other.element(By.id("title")).getAttribute("value")).isEqualTo("Ohne Kostenplan");
		shot(other, "lifecycle-17-invalid-form");
		assertThat(expect(200, as(CARRIER_B).get("/api/v1/applications")).json().findValuesAsText("title"))
			.doesNotContain("Ohne Kostenplan");
	}

	private void fillApplication(Browser carrier) {
		carrier.fill("Titel der Maßnahme", "Nachbarschaftscafé")
			.fill("Kurzbeschreibung", "Monatliches Café für Neuzugewanderte und Nachbarn.")
			.select("Kommune", "Soest")
			.date("Beginn", "2026-04-01")
			.date("Ende", "2026-12-31")
			.select("Kategorie, Position 1", "Honorare")
			.fill("Beschreibung, Position 1", "Honorare Sprachmittlung")
			.fill("Betrag in Euro, Position 1", "1.800,00")
			.select("Kategorie, Position 2", "Verpflegung")
			.fill("Beschreibung, Position 2", "Getränke")
			.fill("Betrag in Euro, Position 2", "600,00");
		assertThat(carrier.text("output[data-sum-of]")).isEqualTo("2.400,00 €");
	}

	private String taskOf(String username, long applicationId) {
		for (JsonNode task : expect(200, as(username).get("/api/v1/tasks")).json()) {
			if (task.path("applicationId").asLong() == applicationId) {
				return task.path("id").asText();
			}
		}
		throw new AssertionError("No task of " + username + " for application " + applicationId);
	}

	private BigDecimal amountOf(long applicationId, String field) {
		return expect(200, as(REVIEWER).get("/api/v1/applications/" + applicationId)).json().path(field).decimalValue();
	}

	private Pdf pdf(String username, String path) {
		Api.Response response = expect(200, as(username).get(path));
		assertThat(response.contentType()).isEqualTo("application/pdf");
		return Pdf.of(response.bytes());
	}

}
