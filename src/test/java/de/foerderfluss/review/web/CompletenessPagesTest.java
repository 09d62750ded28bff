package de.foerderfluss.review.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The formal check through its page: the application, cost plan and documents on view,
 * complete or a request for what is missing, refusals at their field with nothing stored.
 */
class CompletenessPagesTest extends PageTest {

	static final String FORM = "form[action$=/vollstaendigkeit]";

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	@Test
	void theCaseWorkerSeesTheApplicationAndFindsItComplete() {
		long id = submit(this.programme, "B", "1800.00", "600.00");
		long document = expect(201,
				as(CARRIER_A).upload(path(id, "documents"), "Satzung Verein.pdf", "application/pdf", PDF))
			.id();
		PageSession reviewer = signIn(REVIEWER);

		PageSession.Page page = reviewer.get("/antraege/" + id + "/vollstaendigkeit");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("h1")).isEqualTo("Vollständigkeit prüfen");
		assertThat(page.text(".lead")).contains(fileNumber(id), "Sprachcafé im Stadtteil", "Testverein A e.V.",
				"Eingegangen");
		assertThat(page.text("section[aria-labelledby=essentials-title]")).contains("Testverein A e.V.",
				"Wöchentliches Treffen mit Sprachpatinnen und -paten.", "B – Baustein B", "Soest",
				"01.04.2026 – 31.10.2026", "Eingegangen 02.03.2026, 09:00 Uhr von Anna Antrag", "2.400,00 €");
		assertThat(page.texts("table.cost-plan tbody tr")).containsExactly("1 Honorare Position 1 1.800,00 €",
				"2 Sachmittel Position 2 600,00 €");
		assertThat(page.text("table.cost-plan tfoot")).contains("2.400,00 €");
		assertThat(page.html().selectFirst("ul.documents a").attr("href")).isEqualTo("/api/v1/documents/" + document);
		assertThat(page.text("ul.documents")).contains("Satzung Verein.pdf", "hochgeladen am 02.03.2026");
		assertThat(reviewer.download("/api/v1/documents/" + document).bytes()).isEqualTo(PDF);
		assertThat(page.text("fieldset legend")).isEqualTo("Sind die Unterlagen vollständig?");
		assertThat(page.html().select(FORM + " label[for]").eachAttr("for")).containsExactly("complete", "complete-no",
				"missing");

		PageSession.Page tasks = reviewer.submit(page, FORM, Map.of("complete", "true"));

		assertThat(tasks.path()).isEqualTo("/aufgaben");
		assertThat(tasks.text(".notice[role=status]")).isEqualTo(fileNumber(id)
				+ " ist vollständig. Die Förderregeln sind angewandt, die fachliche Prüfung ist jetzt offen.");
		assertThat(status(id)).isEqualTo("IN_REVIEW");
		assertThat(checks(id)).isEqualTo(1);

		PageSession.Page done = reviewer.get("/antraege/" + id + "/vollstaendigkeit");
		assertThat(done.html().select(FORM)).isEmpty();
		assertThat(done.text(".notice.warn")).contains("nicht offen", "In Prüfung");
	}

	@Test
	void missingDocumentsMustBeNamedAndTheRequestReachesTheCarrier() {
		long id = submit(this.programme, "B", "3000.00");
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page page = reviewer.get("/antraege/" + id + "/vollstaendigkeit");
		assertThat(page.text("ul.documents, section[aria-labelledby=documents-title] p"))
			.isEqualTo("Der Träger hat keine Unterlagen hochgeladen.");

		PageSession.Page refused = reviewer.submit(page, FORM, Map.of("complete", "false", "missing", "  "));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.fieldError("missing")).isEqualTo("Bitte geben Sie an, welche Unterlagen fehlen.");
		assertThat(refused.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#missing");
		assertThat(refused.html().selectFirst("#missing").attr("aria-describedby"))
			.isEqualTo("missing-hint missing-error");
		assertThat(refused.html().selectFirst("#complete-no").hasAttr("checked")).isTrue();
		assertThat(status(id)).isEqualTo("SUBMITTED");
		assertThat(checks(id)).isZero();

		PageSession.Page tasks = reviewer.submit(refused, FORM,
				Map.of("complete", "false", "missing", "Satzung und Kostenvoranschlag"));

		assertThat(tasks.text(".notice[role=status]")).isEqualTo("Für " + fileNumber(id)
				+ " sind Unterlagen nachgefordert. Der Träger wird benachrichtigt und kann sie nachreichen.");
		assertThat(status(id)).isEqualTo("INCOMPLETE");
		JsonNode carrierTask = expect(200, as(CARRIER_A).get("/api/v1/tasks")).json();
		assertThat(carrierTask.findValuesAsText("applicationId")).contains(String.valueOf(id));

		expect(200, as(CARRIER_A).post(path(id, "resubmission"), Map.of("note", "Satzung anbei")));
		PageSession.Page again = reviewer.get("/antraege/" + id + "/vollstaendigkeit");
		assertThat(again.text(".notice.earlier")).contains("Am 02.03.2026 von Paula Prüfer nachgefordert:",
				"Satzung und Kostenvoranschlag");
		assertThat(again.html().select(FORM)).hasSize(1);
	}

	@Test
	void withoutAnAnswerNothingIsChecked() {
		long id = submit(this.programme, "B", "3000.00");
		PageSession reviewer = signIn(REVIEWER);

		PageSession.Page refused = reviewer.submit(reviewer.get("/antraege/" + id + "/vollstaendigkeit"), FORM,
				Map.of("missing", "Nur ein Vermerk"));

		assertThat(refused.fieldError("complete")).isEqualTo("Bitte wählen Sie, ob die Unterlagen vollständig sind.");
		assertThat(refused.html().selectFirst("fieldset").attr("aria-describedby")).isEqualTo("complete-error");
		assertThat(refused.html().selectFirst("#missing").text()).isEqualTo("Nur ein Vermerk");
		assertThat(status(id)).isEqualTo("SUBMITTED");
		assertThat(checks(id)).isZero();
	}

	@Test
	void onlyCaseWorkersCheckAndUnknownCasesAreNotFound() {
		long id = submit(this.programme, "B", "3000.00");

		assertThat(signIn(APPROVER).get("/antraege/" + id + "/vollstaendigkeit").status()).isEqualTo(403);
		PageSession.Page carrier = signIn(CARRIER_A).get("/antraege/" + id + "/vollstaendigkeit");
		assertThat(carrier.status()).isEqualTo(403);
		assertThat(carrier.text("main")).doesNotContain("Sprachcafé");
		PageSession.Page unknown = signIn(REVIEWER).get("/antraege/999999/vollstaendigkeit");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.text("h1")).isEqualTo("Seite nicht gefunden");
	}

	@Test
	void thePageSpeaksEnglish() {
		long id = submit(this.programme, "B", "3000.00");

		PageSession.Page page = signIn(REVIEWER).inEnglish().get("/antraege/" + id + "/vollstaendigkeit?lang=en");

		assertThat(page.text("h1")).isEqualTo("Check completeness");
		assertThat(page.text("fieldset legend")).isEqualTo("Are the documents complete?");
		assertThat(page.text("table.cost-plan tfoot")).contains("3,000.00 €");
	}

	private int checks(long id) {
		return this.jdbc.queryForObject("select count(*) from completeness_check where application_id = ?",
				Integer.class, id);
	}

	private String fileNumber(long id) {
		return as(REVIEWER).get("/api/v1/applications/" + id).text("fileNumber");
	}

}
