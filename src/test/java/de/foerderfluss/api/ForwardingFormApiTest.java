package de.foerderfluss.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import de.foerderfluss.programme.ForwardingForm;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Pdf;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two legal forms of forwarding through the API with real security, the documents
 * read back with PDFBox: by contract, the carrier uploads the signed contract and a case
 * worker confirms its receipt, nobody else may; the offer lapses with a letter. By
 * notice, there is no contract step: the Weiterleitungsbescheid takes effect the day
 * after the carrier opened it.
 */
class ForwardingFormApiTest extends ApiTest {

	@Test
	void byContractTheCarrierUploadsTheSignedContractAndACaseWorkerConfirmsItsReceipt() {
		String programme = this.fixtures.programme(Map.of("B", 20_000), ForwardingForm.CONTRACT);
		long id = approved(programme, "B", "2400.00");

		String contract = Pdf.of(expect(200, as(CARRIER_A).get(path(id, "documents/forwarding-contract"))).bytes())
			.flatText();
		assertThat(contract)
			.contains("Weiterleitungsvertrag", "zwischen Kreis Musterstadt", "Zuwendungsgeber", "und Testverein A e.V.",
					"Träger", "§ 1", "§ 3", "§ 6", "§ 7", "Zustandekommen", "bis zum 01.04.2026",
					"vertreten durch Dr. Greta Genehmiger", "Für den Zuwendungsgeber", "Für den Träger", "Unterschrift",
					"2.400,00 €")
			.doesNotContain("Rechtsbehelfsbelehrung", "Klage", "Bescheid");
		expect(404, as(CARRIER_A).get(path(id, "documents/approval-notice")));

		// Nobody but the carrier of the case uploads it.
		expect(403, signedContract(REVIEWER, id));
		expect(403, signedContract(FINANCE, id));
		expect(404, signedContract(CARRIER_B, id));
		Api.Response text = expect(400, as(CARRIER_A).upload(path(id, "signed-contract"), "Vertrag.txt", "text/plain",
				"unterschrieben".getBytes(StandardCharsets.UTF_8)));
		assertThat(text.fieldErrors("file")).isNotEmpty();
		assertThat(status(id)).isEqualTo("APPROVED");

		assertThat(expect(200, signedContract(CARRIER_A, id)).text("status")).isEqualTo("APPROVED");
		expect(409, signedContract(CARRIER_A, id));

		// Nobody but a case worker confirms it; a refusal needs a reason.
		String confirmation = path(id, "signed-contract/confirmation");
		expect(403, as(CARRIER_A).post(confirmation, Map.of("confirmed", true)));
		expect(403, as(APPROVER).post(confirmation, Map.of("confirmed", true)));
		expect(403, as(FINANCE).post(confirmation, Map.of("confirmed", true)));
		expect(400, as(REVIEWER).post(confirmation, Map.of()));
		assertThat(expect(400, as(REVIEWER).post(confirmation, Map.of("confirmed", false))).fieldErrors("note"))
			.isNotEmpty();
		Api.Response refused = expect(200, as(REVIEWER).post(confirmation,
				Map.of("confirmed", false, "note", "Die Unterschrift der zweiten Vorstandsperson fehlt.")));
		assertThat(refused.text("status")).isEqualTo("APPROVED");
		expect(409, as(REVIEWER).post(confirmation, Map.of("confirmed", true)));
		expect(409, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall("100.00")));

		expect(200, signedContract(CARRIER_A, id));
		Api.Response concluded = expect(200, as(REVIEWER).post(confirmation, Map.of("confirmed", true)));
		assertThat(concluded.text("status")).isEqualTo("ACTIVE");
		expect(201, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall("100.00")));

		Api.Response detail = expect(200, as(REVIEWER).get("/api/v1/applications/" + id));
		assertThat(detail.json().path("history").toString()).contains("SIGNED_CONTRACT_RECEIVED",
				"SIGNED_CONTRACT_REFUSED", "Die Unterschrift der zweiten Vorstandsperson fehlt.", "CONTRACT_ACCEPTED");
		String signed = null;
		for (var document : detail.json().path("documents")) {
			if ("SIGNED_CONTRACT".equals(document.path("kind").asText())) {
				signed = document.path("href").asText();
			}
		}
		assertThat(signed).startsWith("/api/v1/documents/");
		expect(200, as(REVIEWER).get(signed));
		expect(200, as(CARRIER_A).get(signed));
		expect(403, as(FINANCE).get(signed));
		expect(404, as(CARRIER_B).get(signed));
	}

	@Test
	void byContractAnOfferNotAcceptedInTimeLapsesWithALetterSignedByItsSigner() {
		String programme = this.fixtures.programme(Map.of("B", 20_000), ForwardingForm.CONTRACT);
		long id = approved(programme, "B", "2400.00");

		this.time.advance(Duration.ofDays(30));
		this.time.fireDueTimers(id);
		assertThat(status(id)).isEqualTo("APPROVED");
		this.time.advance(Duration.ofDays(1));
		assertThat(this.time.fireDueTimers(id)).contains("Timer_ContractLapse");

		assertThat(status(id)).isEqualTo("LAPSED");
		assertThat(moduleFigure(programme, "B", "available")).isEqualByComparingTo("20000.00");
		expect(409, signedContract(CARRIER_A, id));
		String letter = Pdf.of(expect(200, as(CARRIER_A).get(path(id, "documents/contract-lapse-notice"))).bytes())
			.flatText();
		assertThat(letter).contains("Erlöschen", "angeboten", "bis zum 01.04.2026", "erloschen", "Dr. Greta Genehmiger")
			.doesNotContain("Rechtsbehelfsbelehrung", "Klage");
	}

	@Test
	void byNoticeThereIsNoContractAndTheNoticeTakesEffectTheDayAfterTheCarrierOpenedIt() {
		String programme = this.fixtures.programme(Map.of("B", 20_000), ForwardingForm.NOTICE);
		long id = approved(programme, "B", "2400.00");

		expect(404, as(CARRIER_A).get(path(id, "documents/forwarding-contract")));
		expect(409, signedContract(CARRIER_A, id));
		expect(409, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall("100.00")));
		assertThat(status(id)).isEqualTo("APPROVED");

		this.time.advance(Duration.ofHours(3));
		String notice = Pdf.of(expect(200, as(CARRIER_A).get(path(id, "documents/approval-notice"))).bytes())
			.flatText();
		assertThat(notice)
			.contains("Weiterleitungsbescheid", "bewillige", "einer Annahme bedarf es nicht", "§ 41 Abs. 2a VwVfG NRW",
					"Rechtsbehelfsbelehrung", "Klage", "Dr. Greta Genehmiger")
			.doesNotContain("Weiterleitungsvertrag", "Für den Träger");

		this.time.advance(Duration.ofHours(10));
		assertThat(this.time.fireDueTimers(id)).isEmpty();
		assertThat(status(id)).isEqualTo("APPROVED");
		this.time.advance(Duration.ofHours(3));
		assertThat(this.time.fireDueTimers(id)).containsExactly("Timer_DayAfterRetrieval");
		assertThat(status(id)).isEqualTo("ACTIVE");
		expect(201, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall("100.00")));
		assertThat(expect(200, as(REVIEWER).get("/api/v1/applications/" + id)).json().path("history").toString())
			.contains("GRANT_TOOK_EFFECT", "NOTICE_RETRIEVED")
			.doesNotContain("SIGNED_CONTRACT_RECEIVED");
	}

}
