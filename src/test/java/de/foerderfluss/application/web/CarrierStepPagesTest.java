package de.foerderfluss.application.web;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The carrier's steps on its case: answering a request for documents, accepting the
 * forwarding contract and withdrawing. Each is checked through the API afterwards; a
 * refusal changes nothing.
 */
class CarrierStepPagesTest extends PageTest {

	private static final String RESUBMISSION = "form[action$=/nachreichung]";

	private static final String CONTRACT = "form[action*='/vertrag?']";

	private static final String WITHDRAWAL = "form[action$=/ruecknahme]";

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	@Test
	void theCarrierSendsWhatWasAskedFor() {
		long id = incomplete();
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page page = carrier.get("/antraege/" + id + "/nachreichung");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("h1")).isEqualTo("Unterlagen nachreichen");
		assertThat(page.text(".requested")).isEqualTo("Satzung des Vereins und Kostenvoranschlag");
		assertThat(page.text(".request")).contains("Angefordert am 02.03.2026, 09:00 Uhr von Paula Prüfer",
				"Bitte reichen Sie die Unterlagen bis zum 30.03.2026 nach.");
		assertThat(page.text("main")).contains("Seit der Nachforderung ist noch keine Datei hochgeladen.");

		PageSession.Page uploaded = carrier.upload(page, "form[action*=/unterlagen]", "file", "Satzung.pdf",
				"application/pdf", CasePageTest.PDF);
		assertThat(uploaded.path()).isEqualTo("/antraege/" + id + "/nachreichung");
		assertThat(uploaded.text(".notice")).isEqualTo("Die Datei „Satzung.pdf“ ist hochgeladen.");
		assertThat(uploaded.text(".files")).contains("Satzung.pdf");

		PageSession.Page after = carrier.submit(uploaded, RESUBMISSION, Map.of("note", "Die Satzung liegt bei."));

		assertThat(after.path()).isEqualTo("/antraege/" + id);
		assertThat(after.text(".notice")).contains("Ihre Nachreichung", "ist eingegangen");
		JsonNode stored = as(CARRIER_A).get("/api/v1/applications/" + id).json();
		assertThat(stored.path("status").asText()).isEqualTo("SUBMITTED");
		assertThat(lastHistory(stored).path("action").asText()).isEqualTo("DOCUMENTS_RESUBMITTED");
		assertThat(lastHistory(stored).path("detail").asText()).isEqualTo("Die Satzung liegt bei.");

		PageSession.Page again = carrier.get("/antraege/" + id + "/nachreichung");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("main"))
			.contains("Der Schritt „Unterlagen nachreichen“ ist im Status „Eingegangen“ nicht möglich.");
	}

	@Test
	void aTooLongNoteIsRefusedAndNothingChanges() {
		long id = incomplete();
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page refused = carrier.submit(carrier.get("/antraege/" + id + "/nachreichung"), RESUBMISSION,
				Map.of("note", "x".repeat(2001)));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.fieldError("note")).isEqualTo("Die Länge muss zwischen 0 und 2.000 liegen.");
		assertThat(refused.html().selectFirst("#note").text()).hasSize(2001);
		assertThat(status(id)).isEqualTo("INCOMPLETE");
	}

	@Test
	void theCarrierUploadsTheSignedContractAndACaseWorkerConfirmsItsReceipt() {
		long id = approved(this.programme, "B", "2400.00");
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page page = carrier.get("/antraege/" + id + "/vertrag");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("h1")).isEqualTo("Weiterleitungsvertrag unterzeichnen");
		assertThat(page.html().selectFirst("a[href=/api/v1/applications/" + id + "/documents/forwarding-contract]"))
			.isNotNull();
		assertThat(page.text("dl.facts")).contains("Bewilligt 2.400,00 €", "Zeitraum 01.04.2026 – 31.10.2026");
		assertThat(page.text(".terms")).contains(
				"Mittel rufen Sie nur für Zahlungen ab, die höchstens 2 Monate nach der Auszahlung fällig werden.",
				"um bis zu 20 % überschritten",
				"spätestens 2 Monate nach dem Ende der Maßnahme ein, also bis zum 31.12.2026");
		assertThat(page.text(CONTRACT))
			.contains("Bitte laden Sie den unterzeichneten Vertrag bis zum 01.04.2026 hoch.");
		assertThat(page.html().select(CONTRACT + " input[type=checkbox]")).isEmpty();

		PageSession.Page empty = carrier.upload(page, CONTRACT, "file", "", "application/octet-stream", new byte[0]);
		assertThat(empty.fieldError("file")).isEqualTo("Bitte wählen Sie den unterzeichneten Vertrag aus.");
		PageSession.Page text = carrier.upload(page, CONTRACT, "file", "Vertrag.txt", "text/plain",
				"unterschrieben".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(text.fieldError("file")).isNotBlank();
		assertThat(status(id)).isEqualTo("APPROVED");

		PageSession.Page after = carrier.upload(page, CONTRACT, "file", "Vertrag-unterschrieben.pdf", "application/pdf",
				SIGNED_CONTRACT);
		assertThat(after.path()).isEqualTo("/antraege/" + id);
		assertThat(after.text(".notice")).contains("Ihr unterzeichneter Weiterleitungsvertrag", "ist eingegangen");
		assertThat(status(id)).isEqualTo("APPROVED");
		PageSession.Page received = carrier.get("/antraege/" + id + "/vertrag");
		assertThat(received.text(".notice")).startsWith("Ihr unterzeichneter Vertrag ist am 02.03.2026");
		assertThat(received.html().select(CONTRACT)).isEmpty();
		assertThat(carrier.get("/antraege/" + id + "/vertrag/eingang").status()).isEqualTo(403);

		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page receipt = reviewer.get("/antraege/" + id + "/vertrag/eingang");
		assertThat(receipt.status()).isEqualTo(200);
		assertThat(receipt.text("h1")).isEqualTo("Vertragseingang bestätigen");
		assertThat(receipt.text("main")).contains("Weiterleitungsvertrag wie angeboten (PDF)",
				"Vertrag-unterschrieben.pdf");
		String form = "form[action$=/vertrag/eingang]";
		PageSession.Page noChoice = reviewer.submit(receipt, form, Map.of());
		assertThat(noChoice.fieldError("confirmed")).contains("Bitte wählen Sie");
		PageSession.Page noReason = reviewer.submit(receipt, form, Map.of("confirmed", "false"));
		assertThat(noReason.fieldError("note")).isEqualTo("Bitte schreiben Sie dem Träger, was am Vertrag fehlt.");
		assertThat(status(id)).isEqualTo("APPROVED");

		PageSession.Page confirmed = reviewer.submit(receipt, form, Map.of("confirmed", "true"));
		assertThat(confirmed.path()).isEqualTo("/antraege/" + id);
		assertThat(confirmed.text(".notice")).contains("ist geschlossen");
		assertThat(status(id)).isEqualTo("ACTIVE");
		PageSession.Page concluded = carrier.get("/antraege/" + id + "/vertrag");
		assertThat(concluded.text(".notice")).startsWith("Der Weiterleitungsvertrag ist geschlossen");
		assertThat(signIn(APPROVER).get("/antraege/" + id + "/vertrag/eingang").status()).isEqualTo(403);
	}

	@Test
	void noContractBeforeTheApproval() {
		long id = inApproval(this.programme, "B", "2400.00");

		PageSession.Page page = signIn(CARRIER_A).get("/antraege/" + id + "/vertrag");

		assertThat(page.status()).isEqualTo(409);
		assertThat(page.text("main")).contains(
				"Der Schritt „Hochladen des unterzeichneten Weiterleitungsvertrags“ ist im Status „In Entscheidung“ nicht möglich.");
	}

	@Test
	void theCarrierWithdrawsWithAReason() {
		long id = inReview(this.programme, "B", "1800.00");
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page page = carrier.get("/antraege/" + id + "/ruecknahme");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("h1")).isEqualTo("Antrag zurücknehmen");
		assertThat(page.text(".notice.warn")).contains("lässt sich nicht rückgängig machen");
		assertThat(page.html().selectFirst(WITHDRAWAL).attr("data-confirm")).contains("wirklich zurücknehmen");

		PageSession.Page after = carrier.submit(page, WITHDRAWAL,
				Map.of("note", "Die Räume stehen nicht zur Verfügung."));

		assertThat(after.path()).isEqualTo("/antraege/" + id);
		assertThat(after.text(".notice")).contains("Sie haben den Antrag", "zurückgenommen");
		JsonNode stored = as(CARRIER_A).get("/api/v1/applications/" + id).json();
		assertThat(stored.path("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(lastHistory(stored).path("detail").asText()).isEqualTo("Die Räume stehen nicht zur Verfügung.");
		assertThat(carrier.get("/antraege/" + id + "/ruecknahme").status()).isEqualTo(409);
	}

	@Test
	void afterTheFirstPayoutTheWithdrawalIsRefusedWithTheReason() {
		long id = active(this.programme, "B", "2400.00");
		paidOut(id, "1000.00");
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page refused = carrier.submit(carrier.get("/antraege/" + id + "/ruecknahme"), WITHDRAWAL,
				Map.of("note", "Doch nicht."));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text(".error-summary"))
			.contains("Nach der ersten Auszahlung kann der Antrag nicht mehr zurückgenommen werden.");
		assertThat(refused.html().selectFirst("#note").text()).isEqualTo("Doch nicht.");
		assertThat(status(id)).isEqualTo("ACTIVE");
	}

	@Test
	void anotherCarrierGetsNotFoundAndCaseWorkersAreRefused() {
		long incomplete = incomplete();
		long approved = approved(this.programme, "B", "2400.00");
		PageSession other = signIn(CARRIER_B);
		PageSession reviewer = signIn(REVIEWER);

		for (String page : new String[] { "/antraege/" + incomplete + "/nachreichung",
				"/antraege/" + approved + "/vertrag", "/antraege/" + approved + "/ruecknahme" }) {
			PageSession.Page foreign = other.get(page);
			assertThat(foreign.status()).as(page).isEqualTo(404);
			assertThat(foreign.text("main")).doesNotContain("Sprachcafé");
			assertThat(reviewer.get(page).status()).as(page).isEqualTo(403);
		}
		assertThat(status(incomplete)).isEqualTo("INCOMPLETE");
		assertThat(status(approved)).isEqualTo("APPROVED");
	}

	@Test
	void theStepsSpeakEnglish() {
		long id = approved(this.programme, "B", "2400.00");

		PageSession.Page page = signIn(CARRIER_A).inEnglish().get("/antraege/" + id + "/vertrag?lang=en");

		assertThat(page.text("h1")).isEqualTo("Sign the forwarding contract");
		assertThat(page.text(".terms")).contains("at most 2 months after the payout", "by 31.12.2026");
	}

	private long incomplete() {
		long id = submit(this.programme, "B", "1800.00");
		expect(200, as(REVIEWER).post(path(id, "completeness"),
				Map.of("complete", false, "missing", "Satzung des Vereins und Kostenvoranschlag")));
		return id;
	}

	private static JsonNode lastHistory(JsonNode application) {
		JsonNode history = application.path("history");
		return history.get(history.size() - 1);
	}

}
