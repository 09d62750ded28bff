package de.foerderfluss.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Requests;
import de.foerderfluss.testing.TestFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input an attacker would send: control characters, numbers in disguise, amounts and
 * names beyond every limit, periods that do not fit, addresses the firewall refuses. Each
 * is answered 4xx with a problem that says what is wrong, nothing is stored, and no stack
 * trace reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputApiTest extends ApiTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R' };

	private String programme;

	private int applicationsBefore;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 50_000));
		this.applicationsBefore = applicationCount();
	}

	@AfterEach
	void noStackTraceInTheLog(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain(" ERROR ");
	}

	@Test
	void controlCharactersInTextAreRefused() {
		assertThat(refused(Map.of("title", "Sprach\u0000café")).fieldErrors("title"))
			.containsExactly("Steuerzeichen (wie das Nullzeichen) sind hier nicht erlaubt.");
		assertThat(refused(Map.of("summary", "Treffen\u0007")).fieldErrors("summary")).isNotEmpty();
		// Line breaks and tabs are text.
		expect(201, as(CARRIER_A).post("/api/v1/applications",
				body(Map.of("summary", "Erste Zeile\r\nZweite Zeile\tmit Tabulator"))));
		this.applicationsBefore++;

		Api.Response query = expect(400, as(REVIEWER).get("/api/v1/applications?status=%00"));
		assertThat(query.contentType()).startsWith("application/problem+json");
		assertThat(query.text("detail")).isEqualTo("Die Anfrage enthält Steuerzeichen (wie das Nullzeichen).");
		expect(400, as(REVIEWER).get("/api/v1/applications?q=a%00b"));
		expect(400, as(REVIEWER).get("/api/v1/applications/1%00"));
		assertThat(applicationCount()).isEqualTo(this.applicationsBefore);
	}

	@Test
	void uploadsWithHostileNamesAreRefusedOrStoredUnderASafeName() {
		long id = submit(this.programme, "B", "700.00");
		Api.Response nul = expect(400,
				as(CARRIER_A).upload(path(id, "documents"), "Rech\u0000nung.png", "image/png", PNG));
		assertThat(nul.contentType()).startsWith("application/problem+json");
		assertThat(nul.text("detail"))
			.isEqualTo("Der Dateiname enthält Steuerzeichen (wie das Nullzeichen). Bitte benennen Sie die Datei um.");
		Api.Response longName = expect(400,
				as(CARRIER_A).upload(path(id, "documents"), "a".repeat(5000) + ".png", "image/png", PNG));
		assertThat(longName.fieldErrors("file")).containsExactly("Der Dateiname ist zu lang (höchstens 255 Zeichen).");
		Api.Response bell = expect(400,
				as(CARRIER_A).upload(path(id, "documents"), "Rech\u0007nung.png", "image/png", PNG));
		assertThat(bell.fieldErrors("file")).singleElement().asString().contains("Steuerzeichen");
		Api.Response aBitLong = expect(400,
				as(CARRIER_A).upload(path(id, "documents"), "b".repeat(300) + ".png", "image/png", PNG));
		assertThat(aBitLong.fieldErrors("file")).containsExactly("Der Dateiname ist zu lang (höchstens 255 Zeichen).");
		assertThat(
				this.jdbc.queryForObject("select count(*) from document where application_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void numbersMustBeNumbersAndAmountsPlainDecimals() {
		assertThat(refusedJson("\"fundingYear\": \"2026\"", "fundingYear").fieldErrors("fundingYear")).isNotEmpty();
		assertThat(refusedJson("\"amount\": \"1e3\"", "amount").fieldErrors("costItems[0].amount")).isNotEmpty();
		assertThat(refusedJson("\"amount\": \"100.00\"", "amount").fieldErrors("costItems[0].amount")).isNotEmpty();
		assertThat(refusedJson("\"amount\": 1e3", "amount").fieldErrors("costItems[0].amount"))
			.containsExactly("Bitte geben Sie den Betrag als Dezimalzahl ohne Exponent an, etwa 1234.56.");
		assertThat(refusedJson("\"amount\": 99999999999999999999.99", "amount").fieldErrors("costItems[0].amount"))
			.containsExactly("Der Betrag darf höchstens 9.999.999.999,99 € sein.");
		assertThat(refusedJson("\"amount\": 10.005", "amount").fieldErrors("costItems[0].amount"))
			.containsExactly("Bitte höchstens zwei Nachkommastellen angeben.");
		assertThat(applicationCount()).isEqualTo(this.applicationsBefore);
	}

	@Test
	void theProgrammeAndThePeriodMustFitTheFundingYear() {
		assertThat(refused(Map.of("programme", "XX")).fieldErrors("programme"))
			.containsExactly("Das Förderprogramm „XX“ ist nicht bekannt.");
		assertThat(refused(Map.of("startDate", "2025-06-01")).fieldErrors("startDate"))
			.containsExactly("Die Maßnahme muss im Förderjahr 2026 liegen (01.01.2026 bis 31.12.2026).");
		assertThat(refused(Map.of("endDate", "2027-06-30")).fieldErrors("endDate"))
			.containsExactly("Die Maßnahme muss im Förderjahr 2026 liegen (01.01.2026 bis 31.12.2026).");
		assertThat(applicationCount()).isEqualTo(this.applicationsBefore);
	}

	@Test
	void fundsAreNotCalledForThePast() {
		long id = active(this.programme, "B", "3000.00");
		Api.Response refused = expect(400, as(CARRIER_A).post(path(id, "fund-calls"),
				Map.of("amount", amount("100.00"), "neededOn", "2020-01-01")));
		assertThat(refused.fieldErrors("neededOn"))
			.containsExactly("Das Datum, zu dem die Mittel gebraucht werden, liegt in der Vergangenheit.");
		assertThat(
				this.jdbc.queryForObject("select count(*) from fund_call where application_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void aPayoutListEndsAfterItBegins() {
		Api.Response refused = expect(400, as(FINANCE).get("/api/v1/payouts/list?from=2026-12-31&to=2026-01-01"));
		assertThat(refused.fieldErrors("to")).containsExactly("Das Ende des Zeitraums liegt vor seinem Beginn.");
	}

	@Test
	void theRoleIsCheckedBeforeTheBody() {
		Api.Response refused = expect(403, as(REVIEWER).postJson("/api/v1/applications", "{}"));
		assertThat(refused.contentType()).startsWith("application/problem+json");
		expect(403, as(REVIEWER).postJson("/api/v1/applications", "{\"fundingYear\": \"2026\"}"));
		assertThat(applicationCount()).isEqualTo(this.applicationsBefore);
	}

	@Test
	void addressesTheFirewallRefusesAreAnsweredQuietly() {
		Api.Response engine = Api.anonymous(this.port).get("/engine-rest;x=1/engine");
		assertThat(engine.status()).as("%s", engine).isEqualTo(400);
		Api.Response api = expect(400, Api.anonymous(this.port).get("/api/v1;x=1/programmes"));
		assertThat(api.contentType()).startsWith("application/problem+json");
	}

	@Test
	void requestsNoClientSendsAreRefusedWithoutAStackTrace() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> png = http.send(HttpRequest.newBuilder(uri("/api/v1/programmes"))
			.header("Authorization", Api.basic(REVIEWER, TestFixtures.PASSWORD))
			.header("Accept", "image/png")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(png.statusCode()).isEqualTo(406);
		assertThat(png.body()).contains("urn:foerderfluss:problem:not-acceptable");
		HttpResponse<String> huge = http.send(HttpRequest.newBuilder(uri("/api/v1/applications?" + "a=1&".repeat(5000)))
			.header("Authorization", Api.basic(REVIEWER, TestFixtures.PASSWORD))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(huge.statusCode()).isEqualTo(400);
		expect(400, as(REVIEWER).get("/api/v1/applications/99999999999999999999"));
		expect(400, as(FINANCE).get("/api/v1/payouts/list?ids=a,b"));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private Map<String, Object> body(Map<String, Object> overrides) {
		Map<String, Object> body = new HashMap<>(Requests.application(this.programme, "B", "100.00"));
		body.putAll(overrides);
		return body;
	}

	private Api.Response refused(Map<String, Object> overrides) {
		Api.Response response = expect(400, as(CARRIER_A).post("/api/v1/applications", body(overrides)));
		assertThat(response.contentType()).startsWith("application/problem+json");
		return response;
	}

	/** Sends the application with one member written as raw JSON, e.g. a number. */
	private Api.Response refusedJson(String member, String name) {
		String json;
		try {
			Map<String, Object> body = body(Map.of());
			if ("amount".equals(name)) {
				body.put("costItems",
						java.util.List.of(Map.of("category", "FEES", "description", "Honorar", "amount", "§RAW§")));
			}
			else {
				body.put(name, "§RAW§");
			}
			json = JSON.writeValueAsString(body).replace("\"" + name + "\":\"§RAW§\"", member);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(json).contains(member);
		Api.Response response = expect(400, as(CARRIER_A).postJson("/api/v1/applications", json));
		assertThat(response.contentType()).startsWith("application/problem+json");
		return response;
	}

	private int applicationCount() {
		return expect(200, as(REVIEWER).get("/api/v1/applications")).json().size();
	}

}
