package de.foerderfluss.api;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a problem with the fields named, and leaves no trace. */
class InvalidInputApiTest extends ApiTest {

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("A", 5_000, "B", 20_000));
	}

	@Test
	void missingAndMalformedFieldsAreReportedOneByOneAndNothingIsStored() {
		int before = applicationCount();
		Map<String, Object> body = new HashMap<>(Requests.application(this.programme, "B", "100.00"));
		body.remove("title");
		body.put("summary", " ");
		body.put("costItems", List.of(Map.of("category", "FEES", "description", "Honorar", "amount", -5),
				Map.of("category", "MATERIAL", "description", "", "amount", 10.005)));

		Api.Response refused = expect(400, as(CARRIER_A).post("/api/v1/applications", body));

		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.text("type")).isEqualTo("urn:foerderfluss:problem:invalid-input");
		assertThat(refused.fieldErrors("title")).containsExactly("Bitte ausfüllen.");
		assertThat(refused.fieldErrors("summary")).containsExactly("Bitte ausfüllen.");
		assertThat(refused.fieldErrors("costItems[0].amount")).containsExactly("Der Wert muss größer als 0 sein.");
		assertThat(refused.fieldErrors("costItems[1].amount"))
			.containsExactly("Bitte höchstens zwei Nachkommastellen angeben.");
		assertThat(refused.fieldErrors("costItems[1].description")).isNotEmpty();
		assertThat(applicationCount()).isEqualTo(before);
	}

	@Test
	void unknownReferencesAreFieldErrorsAndDoNotUseUpAFileNumber() {
		String first = expect(201,
				as(CARRIER_A).post("/api/v1/applications", Requests.application(this.programme, "B", "500.00")))
			.text("fileNumber");
		int before = applicationCount();

		assertThat(refuse(Map.of("module", "Z")).fieldErrors("module"))
			.containsExactly("Den Baustein „Z“ gibt es im Förderjahr 2026 nicht.");
		assertThat(refuse(Map.of("municipality", "Atlantis")).fieldErrors("municipality"))
			.containsExactly("Die Kommune „Atlantis“ ist nicht bekannt.");
		assertThat(refuse(Map.of("fundingYear", 2031)).fieldErrors("fundingYear"))
			.containsExactly("Für das Jahr 2031 gibt es kein Förderjahr.");
		assertThat(refuse(Map.of("endDate", "2026-03-01")).fieldErrors("endDate"))
			.containsExactly("Das Ende der Maßnahme liegt vor ihrem Beginn.");
		assertThat(refuse(Map.of("startDate", "1. April")).fieldErrors("startDate")).isNotEmpty();
		assertThat(refuse(Map.of("module", "A", "rooms", 0)).fieldErrors("rooms")).isNotEmpty();
		Map<String, Object> noRooms = new HashMap<>(Requests.application(this.programme, "A", "1500.00"));
		noRooms.remove("rooms");
		assertThat(expect(400, as(CARRIER_A).post("/api/v1/applications", noRooms)).fieldErrors("rooms"))
			.containsExactly("Für Baustein A geben Sie bitte die Zahl der Räume an.");
		Map<String, Object> badCategory = new HashMap<>(Requests.application(this.programme, "B", "100.00"));
		badCategory.put("costItems", List.of(Map.of("category", "YACHT", "description", "x", "amount", 1)));
		assertThat(expect(400, as(CARRIER_A).post("/api/v1/applications", badCategory))
			.fieldErrors("costItems[0].category")).isNotEmpty();

		assertThat(applicationCount()).isEqualTo(before);
		String next = expect(201,
				as(CARRIER_A).post("/api/v1/applications", Requests.application(this.programme, "B", "500.00")))
			.text("fileNumber");
		assertThat(sequence(next)).isEqualTo(sequence(first) + 1);
	}

	@Test
	void malformedJsonIsRefused() {
		Api.Response refused = expect(400, as(CARRIER_A).postJson("/api/v1/applications", "{\"fundingYear\": 20"));
		assertThat(refused.text("type")).isEqualTo("urn:foerderfluss:problem:malformed");
	}

	@Test
	void errorsSpeakEnglishWhenAskedTo() {
		Map<String, Object> body = new HashMap<>(Requests.application(this.programme, "B", "100.00"));
		body.put("municipality", "Atlantis");
		Api.Response refused = expect(400, as(CARRIER_A).inEnglish().post("/api/v1/applications", body));
		assertThat(refused.fieldErrors("municipality")).containsExactly("The municipality \"Atlantis\" is not known.");
		assertThat(refused.text("title")).isEqualTo("Invalid input");
	}

	@Test
	void stepInputsAreChecked() {
		long id = inReview(this.programme, "B", "4000.00");
		assertThat(expect(400, as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("4000.01")))
			.fieldErrors("amount"))
			.containsExactly("Der Betrag übersteigt den förderfähigen Höchstbetrag von 4.000,00 €.");
		assertThat(expect(400, as(REVIEWER).post(path(id, "assessment"), Map.of("recommendation", "MAYBE")))
			.fieldErrors("recommendation")).isNotEmpty();
		assertThat(status(id)).isEqualTo("IN_REVIEW");
		assertThat(moduleFigure(this.programme, "B", "reserved")).isEqualByComparingTo("0.00");

		expect(200, as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("4000.00")));
		expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve("4000.00")));
		concludeContract(id);
		assertThat(expect(400, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall("4000.01")))
			.fieldErrors("amount")).containsExactly("Der Abruf übersteigt die noch abrufbaren Mittel von 4.000,00 €.");
		assertThat(expect(400,
				as(CARRIER_A).post(path(id, "fund-calls"),
						Map.of("amount", amount("100.00"), "neededOn", "2026-05-03")))
			.fieldErrors("neededOn")).containsExactly(
					"Mittel dürfen nur für Zahlungen abgerufen werden, die bald fällig werden: spätestens am 02.05.2026.");
		expect(201, as(CARRIER_A).post(path(id, "fund-calls"),
				Map.of("amount", amount("100.00"), "neededOn", "2026-05-02")));
		assertThat(expect(200, as(CARRIER_A).get("/api/v1/applications/" + id)).json()
			.path("remainingAmount")
			.decimalValue()).isEqualByComparingTo("3900.00");
	}

	@Test
	void uploadsAreCheckedByContentNotByName() {
		long id = submit(this.programme, "B", "700.00");
		Api.Response refused = expect(400, as(CARRIER_A).upload(path(id, "documents"), "Rechnung.pdf",
				"application/pdf", "Das ist keine PDF-Datei.".getBytes(StandardCharsets.UTF_8)));
		assertThat(refused.fieldErrors("file")).singleElement().asString().contains("PDF, JPEG und PNG");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThat(expect(201, as(CARRIER_A).upload(path(id, "documents"), "foto.jpg", "image/jpeg", png))
			.text("contentType")).isEqualTo("image/png");
		assertThat(expect(200, as(CARRIER_A).get("/api/v1/applications/" + id)).json().path("documents")).hasSize(1);
	}

	@Test
	void aStepThatIsNotOpenIsAConflict() {
		long id = submit(this.programme, "B", "900.00");
		Api.Response conflict = expect(409,
				as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("900.00")));
		assertThat(conflict.text("detail"))
			.isEqualTo("Der Schritt „fachliche Prüfung“ ist im Status „Eingegangen“ nicht möglich.");
		expect(409, signedContract(CARRIER_A, id));
		expect(409, as(CARRIER_A).post(path(id, "resubmission")));
		assertThat(status(id)).isEqualTo("SUBMITTED");
	}

	private Api.Response refuse(Map<String, Object> overrides) {
		Map<String, Object> body = new HashMap<>(Requests.application(this.programme, "B", "100.00"));
		body.putAll(overrides);
		return expect(400, as(CARRIER_A).post("/api/v1/applications", body));
	}

	private int applicationCount() {
		return expect(200, as(REVIEWER).get("/api/v1/applications")).json().size();
	}

	private static int sequence(String fileNumber) {
		return Integer.parseInt(fileNumber.substring(fileNumber.lastIndexOf('-') + 1));
	}

}
