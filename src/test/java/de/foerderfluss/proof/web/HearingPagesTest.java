package de.foerderfluss.proof.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hearing through the pages: the carrier answers on its case page with a text and a
 * document it uploaded, the case worker waits for the answer and decides with reasons;
 * refusals at their fields change nothing.
 */
class HearingPagesTest extends PageTest {

	private static final String ANSWER = "form[action$=/anhoerung]";

	private static final String DECISION = "form[action$=/anhoerung/entscheidung]";

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private ProofSteps steps;

	private String programme;

	@BeforeEach
	void programme() {
		this.steps = new ProofSteps(this.port);
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	@Test
	void theCarrierAnswersOnItsCasePageWithATextAndAnUploadedDocument() {
		long id = heardCase();
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page casePage = carrier.get("/antraege/" + id);
		assertThat(casePage.text("dl.hearing")).contains(
				"Teilweise Aufhebung der Bewilligung und Rückforderung von 300,00 €",
				"Für 300,00 € Honorare fehlen die Belege.", "Paula Prüfer", "16.03.2026", "Noch keine Stellungnahme.");
		assertThat(casePage.html().selectFirst("dl.hearing a[href$=/documents/hearing-letter]")).isNotNull();
		assertThat(casePage.html().selectFirst("a.button[href=/antraege/" + id + "/anhoerung]").text())
			.isEqualTo("Zur Anhörung Stellung nehmen");

		PageSession.Page upload = carrier.get("/antraege/" + id + "/unterlagen?zurueck=anhoerung");
		PageSession.Page answerPage = carrier.upload(upload, "form[enctype]", "file", "Quittung.pdf", "application/pdf",
				PDF);
		assertThat(answerPage.path()).isEqualTo("/antraege/" + id + "/anhoerung");
		assertThat(answerPage.text("h1")).isEqualTo("Zur Anhörung Stellung nehmen");
		assertThat(answerPage.text("main")).contains("bis zum 16.03.2026", "Quittung.pdf");
		String documentId = answerPage.html().selectFirst("input[name=documentIds]").val();

		PageSession.Page answered = carrier.submit(answerPage, ANSWER,
				Map.of("text", "100 € wurden bar bezahlt, die Quittung liegt bei.", "documentIds", documentId));

		assertThat(answered.path()).isEqualTo("/antraege/" + id);
		assertThat(answered.text(".notice")).contains("Ihre Stellungnahme ist eingegangen.");
		assertThat(answered.text("dl.hearing")).contains("Anna Antrag",
				"100 € wurden bar bezahlt, die Quittung liegt bei.", "Quittung.pdf");
		assertThat(answered.html().select("a.button[href$=/anhoerung]")).isEmpty();
		JsonNode hearing = this.steps.as(CARRIER_A).get(ProofSteps.path(id, "hearing")).json();
		assertThat(hearing.path("answerDocumentIds").get(0).asText()).isEqualTo(documentId);
		assertThat(carrier.get("/antraege/" + id + "/anhoerung").status()).isEqualTo(409);
	}

	@Test
	void anEmptyAnswerIsRefusedAtItsFieldAndOthersCannotAnswer() {
		long id = heardCase();
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page page = carrier.get("/antraege/" + id + "/anhoerung");

		PageSession.Page refused = carrier.submit(page, ANSWER, Map.of("text", "   "));
		assertThat(refused.fieldError("text"))
			.isEqualTo("Bitte schreiben Sie eine Stellungnahme oder fügen Sie eine Unterlage bei.");
		PageSession.Page foreign = carrier.submit(page, ANSWER,
				Map.of("text", "Siehe Anlage", "documentIds", "999999"));
		assertThat(foreign.fieldError("documentIds")).isEqualTo("Die Unterlage 999999 gehört nicht zu diesem Antrag.");
		assertThat(foreign.html().selectFirst("#text").val()).isEqualTo("Siehe Anlage");

		assertThat(signIn(CARRIER_B).get("/antraege/" + id + "/anhoerung").status()).isEqualTo(404);
		assertThat(signIn(REVIEWER).get("/antraege/" + id + "/anhoerung").status()).isEqualTo(403);
		assertThat(signIn(CARRIER_A).get("/antraege/" + id + "/anhoerung/entscheidung").status()).isEqualTo(403);
		JsonNode hearing = this.steps.as(CARRIER_A).get(ProofSteps.path(id, "hearing")).json();
		assertThat(hearing.path("answeredAt").isValueNode()).isFalse();
	}

	@Test
	void theCaseWorkerWaitsForTheAnswerThenDecidesWithReasons() {
		long id = heardCase();
		PageSession reviewer = signIn(REVIEWER_2);

		PageSession.Page waiting = reviewer.get("/antraege/" + id + "/anhoerung/entscheidung");
		assertThat(waiting.status()).isEqualTo(200);
		assertThat(waiting.text(".notice")).contains("Der Träger kann sich noch bis zum 16.03.2026 äußern.");
		assertThat(waiting.html().select(DECISION)).isEmpty();

		this.steps.as(CARRIER_A)
			.post(ProofSteps.path(id, "hearing/answer"), Map.of("text", "Die Honorarkraft hat 100 € bar erhalten."));
		PageSession.Page page = reviewer.get("/antraege/" + id + "/anhoerung/entscheidung");
		assertThat(page.text("dl.hearing")).contains("Die Honorarkraft hat 100 € bar erhalten.");
		assertThat(page.html().selectFirst("#amount").val()).isEqualTo("300,00");

		PageSession.Page noReasons = reviewer.submit(page, DECISION,
				Map.of("uphold", "true", "amount", "200,00", "reasons", ""));
		assertThat(noReasons.fieldError("reasons"))
			.isEqualTo("Bitte begründen Sie die Entscheidung und legen Sie Ihre Ermessenserwägungen dar.");
		PageSession.Page tooMuch = reviewer.submit(page, DECISION,
				Map.of("uphold", "true", "amount", "300,01", "reasons", "Mehr"));
		assertThat(tooMuch.fieldError("amount"))
			.startsWith("Zurückgefordert werden können höchstens die angekündigten");
		assertThat(this.steps.status(id)).isEqualTo("HEARING");

		PageSession.Page decided = reviewer.submit(page, DECISION, Map.of("uphold", "true", "amount", "200,00",
				"reasons", "Die Barzahlung von 100 € ist glaubhaft; für 200 € fehlt jeder Beleg."));
		assertThat(decided.path()).isEqualTo("/aufgaben");
		assertThat(decided.text(".notice")).contains("Rückforderung von 200,00 € festgesetzt");
		assertThat(this.steps.status(id)).isEqualTo("REPAYMENT_DUE");
		assertThat(this.steps.amount(id, "repaymentAmount")).isEqualByComparingTo("200.00");
		PageSession.Page casePage = signIn(CARRIER_A).get("/antraege/" + id);
		assertThat(casePage.text("dl.hearing")).contains("Rückforderung auf 200,00 € verringert", "Rainer Revision",
				"für 200 € fehlt jeder Beleg");
	}

	@Test
	void aDroppedClawbackClosesTheCase() {
		long id = heardCase();
		this.steps.as(CARRIER_A).post(ProofSteps.path(id, "hearing/answer"), Map.of("text", "Belege anbei."));
		PageSession reviewer = signIn(REVIEWER_2);
		PageSession.Page page = reviewer.get("/antraege/" + id + "/anhoerung/entscheidung");

		PageSession.Page decided = reviewer.submit(page, DECISION,
				Map.of("uphold", "false", "reasons", "Die nachgereichten Belege decken die Ausgaben."));

		assertThat(decided.text(".notice")).contains("wird nichts zurückgefordert");
		assertThat(this.steps.status(id)).isEqualTo("CLOSED");
		assertThat(this.steps.amount(id, "recognisedAmount")).isEqualByComparingTo("2400.00");
	}

	/** Paid 2.400 €, audited at 2.100 €: the carrier is heard. */
	private long heardCase() {
		long id = this.steps.active(this.programme, "1800.00", "600.00");
		this.steps.paidOut(id, "2400.00");
		this.steps.proof(id, "1500.00", "600.00");
		this.steps.audit(id, "2100.00", "Für 300,00 € Honorare fehlen die Belege.");
		return id;
	}

}
