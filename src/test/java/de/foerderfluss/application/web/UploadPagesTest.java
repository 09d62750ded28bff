package de.foerderfluss.application.web;

import java.util.Arrays;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The carrier uploads documents through the page: what arrives is read back through the
 * API; an empty, a too large and a wrong file are refused at the field and nothing is
 * stored.
 */
class UploadPagesTest extends PageTest {

	private static final String FORM = "form[action*=/unterlagen]";

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	@Test
	void theCarrierUploadsAPdf() {
		long id = submit(this.programme, "B", "1800.00");
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page form = carrier.get("/antraege/" + id + "/unterlagen");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text("h1")).isEqualTo("Unterlagen hochladen");
		assertThat(form.text("#file-hint")).startsWith("PDF, JPEG oder PNG, höchstens 10 MB.");
		assertThat(form.html().selectFirst(FORM).attr("action")).contains("_csrf=");
		assertThat(form.text("main")).contains("Zu diesem Antrag ist noch keine Datei hochgeladen.");

		PageSession.Page after = carrier.upload(form, FORM, "file", "Satzung des Vereins.pdf", "application/pdf",
				CasePageTest.PDF);

		assertThat(after.path()).isEqualTo("/antraege/" + id);
		assertThat(after.text(".notice")).isEqualTo("Die Datei „Satzung des Vereins.pdf“ ist hochgeladen.");
		JsonNode documents = documents(id);
		assertThat(documents).hasSize(1);
		assertThat(documents.get(0).path("filename").asText()).isEqualTo("Satzung des Vereins.pdf");
		assertThat(documents.get(0).path("contentType").asText()).isEqualTo("application/pdf");
		assertThat(carrier.get("/antraege/" + id + "/unterlagen").text(".files")).contains("Satzung des Vereins.pdf");
	}

	@Test
	void aFileOfTheWrongKindIsRefusedByItsContent() {
		long id = submit(this.programme, "B", "1800.00");
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page refused = carrier.upload(carrier.get("/antraege/" + id + "/unterlagen"), FORM, "file",
				"Angebot.pdf", "application/pdf", "Dies ist kein PDF, sondern Text.".getBytes());

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.fieldError("file"))
			.isEqualTo("Dateien dieses Typs (text/plain) werden nicht angenommen. Erlaubt sind PDF, JPEG und PNG.");
		assertThat(refused.text(".error-summary")).contains("Dateien dieses Typs");
		assertThat(refused.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#file");
		assertThat(refused.html().selectFirst("#file").attr("aria-describedby")).contains("file-error");
		assertThat(documents(id)).isEmpty();
	}

	@Test
	void anEmptyFileAndNoFileAreRefused() {
		long id = submit(this.programme, "B", "1800.00");
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get("/antraege/" + id + "/unterlagen");

		assertThat(carrier.upload(form, FORM, "file", "leer.pdf", "application/pdf", new byte[0]).fieldError("file"))
			.isEqualTo("Die Datei ist leer.");
		assertThat(carrier.upload(form, FORM, "file", "", "application/octet-stream", new byte[0]).fieldError("file"))
			.isEqualTo("Bitte wählen Sie eine Datei aus.");
		assertThat(documents(id)).isEmpty();
	}

	@Test
	void aFileBeyondTheUploadLimitIsRefusedAtTheField() {
		long id = submit(this.programme, "B", "1800.00");
		PageSession carrier = signIn(CARRIER_A);
		byte[] large = Arrays.copyOf(CasePageTest.PDF, 10 * 1024 * 1024 + 4096);

		PageSession.Page refused = carrier.upload(carrier.get("/antraege/" + id + "/unterlagen"), FORM, "file",
				"Scan.pdf", "application/pdf", large);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text("h1")).isEqualTo("Unterlagen hochladen");
		assertThat(refused.fieldError("file")).isEqualTo("Die Datei ist zu groß (höchstens 10 MB).");
		assertThat(documents(id)).isEmpty();
	}

	@Test
	void aFileFarBeyondTheLimitIsRefusedAtTheFieldRatherThanByADroppedConnection() {
		long id = submit(this.programme, "B", "1800.00");
		PageSession carrier = signIn(CARRIER_A);
		byte[] huge = Arrays.copyOf(CasePageTest.PDF, 40 * 1024 * 1024);

		PageSession.Page refused = carrier.upload(carrier.get("/antraege/" + id + "/unterlagen"), FORM, "file",
				"Scan aller Belege.pdf", "application/pdf", huge);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.fieldError("file")).isEqualTo("Die Datei ist zu groß (höchstens 10 MB).");
		assertThat(documents(id)).isEmpty();
	}

	@Test
	void anotherCarrierGetsNotFoundAndCaseWorkersCannotUpload() {
		long id = submit(this.programme, "B", "1800.00");

		PageSession.Page foreign = signIn(CARRIER_B).get("/antraege/" + id + "/unterlagen");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.text("main")).doesNotContain("Sprachcafé");

		assertThat(signIn(REVIEWER).get("/antraege/" + id + "/unterlagen").status()).isEqualTo(403);
	}

	@Test
	void aClosedCaseTakesNoMoreDocuments() {
		long id = submit(this.programme, "B", "1800.00");
		expect(200, as(CARRIER_A).post(path(id, "withdrawal")));

		PageSession.Page page = signIn(CARRIER_A).get("/antraege/" + id + "/unterlagen");

		assertThat(page.status()).isEqualTo(409);
		assertThat(page.text("main"))
			.contains("Der Schritt „Unterlagen hochladen“ ist im Status „Zurückgenommen“ nicht möglich.");
	}

	private JsonNode documents(long id) {
		return as(REVIEWER).get("/api/v1/applications/" + id).json().path("documents");
	}

}
