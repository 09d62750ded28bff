package de.foerderfluss.review;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.programme.ForwardingForm;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Pdf;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The early start of a measure (VV Nr. 1.3 zu § 44 LHO NRW) through the REST API with
 * real security: requested with the application, permitted or refused by a case worker in
 * a letter signed by that case worker, and a measure begun without permission ruled on in
 * the assessment and stated in the notice.
 */
class EarlyStartApiTest extends ApiTest {

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("A", 10_000, "B", 60_000));
	}

	private long submit(boolean started, boolean requested, String reason) {
		Map<String, Object> body = new HashMap<>(Requests.application(this.programme, "B", "2400.00"));
		body.put("alreadyStarted", started);
		body.put("earlyStartRequested", requested);
		if (reason != null) {
			body.put("earlyStartReason", reason);
		}
		return expect(201, as(CARRIER_A).post("/api/v1/applications", body)).id();
	}

	@Test
	void aCaseWorkerPermitsTheEarlyStartByALetterInHerNameAndTheNoticeSaysSo() {
		long id = submit(false, true, "Der Mietvertrag für den Raum muss jetzt geschlossen werden.");
		JsonNode stored = as(CARRIER_A).get("/api/v1/applications/" + id).json();
		assertThat(stored.path("earlyStartRequested").asBoolean()).isTrue();
		assertThat(stored.path("alreadyStarted").asBoolean()).isFalse();
		expect(403, as(CARRIER_A).post(path(id, "early-start"), Map.of("permitted", true)));
		expect(403, as(APPROVER).post(path(id, "early-start"), Map.of("permitted", true)));

		Api.Response decided = expect(200, as(REVIEWER).post(path(id, "early-start"),
				Map.of("permitted", true, "reason", "Der Raum ist sonst nicht zu bekommen.")));

		assertThat(decided.json().path("permitted").asBoolean()).isTrue();
		String letter = pdf(CARRIER_A, decided.text("letter"), "early-start-permitted");
		assertThat(letter).contains("Zustimmung zum vorzeitigen Maßnahmebeginn", "Sprachcafé im Stadtteil",
				"VV Nr. 1.3 zu § 44 LHO NRW", "Der Raum ist sonst nicht zu bekommen.",
				"keinen Anspruch auf eine Zuwendung", "Paula Prüfer", "Rechtsbehelfsbelehrung");
		assertThat(letter).doesNotContain("Dr. Erika Muster", "null");
		expect(404, as(CARRIER_B).get(path(id, "documents/early-start-letter")));
		expect(409, as(REVIEWER).post(path(id, "early-start"), Map.of("permitted", false, "reason", "Doch nicht.")));
		assertThat(as(REVIEWER).get("/api/v1/applications/" + id).json().path("history").toString())
			.contains("EARLY_START_PERMITTED");

		expect(200, as(REVIEWER).post(path(id, "completeness"), Requests.complete()));
		expect(200, as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("2400.00")));
		expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve("2400.00")));
		assertThat(pdf(CARRIER_A, path(id, "documents/forwarding-contract"), "forwarding-contract-early-start"))
			.contains("Dem vorzeitigen Beginn der Maßnahme wurde mit Schreiben vom");
	}

	@Test
	void aRefusalNeedsItsReasonAndSaysWhatAStartWouldMean() {
		long id = submit(false, true, "Die Ferien beginnen.");
		assertThat(expect(400, as(REVIEWER).post(path(id, "early-start"), Map.of("permitted", false)))
			.fieldErrors("reason"))
			.containsExactly("Bitte begründen Sie die Ablehnung des vorzeitigen Maßnahmebeginns.");

		Api.Response decided = expect(200, as(REVIEWER).post(path(id, "early-start"),
				Map.of("permitted", false, "reason", "Ein Beginn in den Ferien ist nicht dringlich.")));

		assertThat(pdf(CARRIER_A, decided.text("letter"), "early-start-refused")).contains(
				"Ablehnung des vorzeitigen Maßnahmebeginns", "lehne ich ab",
				"Ein Beginn in den Ferien ist nicht dringlich.", "kann dies einer Förderung entgegenstehen",
				"Paula Prüfer");
	}

	@Test
	void aRequestMustComeBeforeTheStartAndWithAReason() {
		Map<String, Object> body = new HashMap<>(Requests.application(this.programme, "B", "2400.00"));
		body.put("alreadyStarted", true);
		body.put("earlyStartRequested", true);
		body.put("earlyStartReason", "Schon angefangen.");
		assertThat(expect(400, as(CARRIER_A).post("/api/v1/applications", body)).fieldErrors("earlyStartRequested"))
			.isNotEmpty();
		body.put("alreadyStarted", false);
		body.remove("earlyStartReason");
		assertThat(expect(400, as(CARRIER_A).post("/api/v1/applications", body)).fieldErrors("earlyStartReason"))
			.containsExactly("Bitte begründen Sie, warum die Maßnahme vor der Bewilligung beginnen muss.");
		long plain = submit(false, false, null);
		expect(409, as(REVIEWER).post(path(plain, "early-start"), Map.of("permitted", true)));
	}

	@Test
	void aMeasureBegunWithoutPermissionNeedsTheAssessorsRulingWhichTheNoticeStates() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000), ForwardingForm.NOTICE);
		long id = submit(true, false, null);
		expect(200, as(REVIEWER).post(path(id, "completeness"), Requests.complete()));

		Api.Response unruled = expect(400,
				as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("2400.00")));
		assertThat(unruled.fieldErrors("earlyStartAccepted")).singleElement()
			.asString()
			.contains("VV Nr. 1.3 zu § 44 LHO NRW");
		Map<String, Object> assessment = new HashMap<>(Requests.recommendApproval("2400.00"));
		assessment.put("earlyStartAccepted", false);
		assessment.put("earlyStartReason", "Verträge vor Antragstellung geschlossen.");
		assertThat(expect(400, as(REVIEWER).post(path(id, "assessment"), assessment)).fieldErrors("earlyStartAccepted"))
			.containsExactly("Steht der vorzeitige Beginn der Förderung entgegen, empfehlen Sie bitte die Ablehnung.");
		assessment.put("earlyStartAccepted", true);
		assessment.remove("earlyStartReason");
		assertThat(expect(400, as(REVIEWER).post(path(id, "assessment"), assessment)).fieldErrors("earlyStartReason"))
			.isNotEmpty();
		assertThat(status(id)).isEqualTo("IN_REVIEW");

		assessment.put("earlyStartReason", "Nur eine Raumreservierung ohne Kosten lag vor.");
		expect(200, as(REVIEWER).post(path(id, "assessment"), assessment));
		expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve("2400.00")));

		assertThat(pdf(CARRIER_A, path(id, "documents/approval-notice"), "approval-notice-started")).contains(
				"bereits vor der Bewilligung begonnen", "ausnahmsweise nicht entgegen",
				"Nur eine Raumreservierung ohne Kosten lag vor.");
	}

	private String pdf(String user, String path, String picture) {
		Api.Response response = expect(200, as(user).get(path));
		Pdf pdf = Pdf.of(response.bytes());
		assertThat(pdf.picture(picture)).isNotEmpty();
		return pdf.flatText();
	}

}
