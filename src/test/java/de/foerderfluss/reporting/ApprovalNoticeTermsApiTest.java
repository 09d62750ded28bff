package de.foerderfluss.reporting;

import java.util.HashMap;
import java.util.Map;

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
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approval notice read back with PDFBox: purpose and grant period as named sections,
 * type and form of financing per module, the financing plan, the general conditions by
 * the carrier's legal form with their annex, the audit rights and the other standing
 * conditions; a flat rate reads as a flat rate. A programme that forwards by contract
 * states the same terms as clauses of the contract.
 */
class ApprovalNoticeTermsApiTest extends ApiTest {

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("A", 10_000, "B", 60_000), ForwardingForm.NOTICE);
	}

	@Test
	void aShortfallGrantToAnAssociationStatesPurposePeriodPlanAndTheAnbestP() {
		Map<String, Object> body = new HashMap<>(Requests.application(this.programme, "B", "2400.00", "600.00"));
		body.put("financing", Map.of("ownFunds", amount("300.00"), "thirdPartyFunds", amount("200.00"), "income",
				amount("100.00"), "requestedGrant", amount("2400.00")));
		long id = approvedFrom(CARRIER_A, body, "2400.00");

		String text = notice(CARRIER_A, id, "approval-notice-shortfall");

		assertThat(text).contains("1. Zuwendungszweck",
				"Die Zuwendung ist bestimmt für die Maßnahme „Sprachcafé im Stadtteil“",
				"Wöchentliches Treffen mit Sprachpatinnen und -paten.", "2. Bewilligungszeitraum",
				"Der Bewilligungszeitraum beginnt am 01.04.2026 und endet am 31.10.2026",
				"3. Finanzierungsart, Finanzierungsform und Höhe",
				"im Wege der Fehlbedarfsfinanzierung in Form eines nicht rückzahlbaren Zuschusses",
				"zur Deckung des Fehlbedarfs", "höchstens 2.400,00 €", "4. Finanzierungsplan",
				"Gesamtkosten laut Kostenplan 3.000,00 €", "Eigenmittel 300,00 €", "Drittmittel 200,00 €",
				"Einnahmen 100,00 €", "Bewilligte Zuwendung 2.400,00 €",
				"Allgemeine Nebenbestimmungen für Zuwendungen zur Projektförderung (ANBest-P",
				"Bestandteil dieses Bescheides sind", "als Anlage beigefügt", "§ 91 LHO NRW",
				"Kommunales Integrationszentrum, Kreis Musterstadt", "die Bezirksregierung Musterstadt",
				"Landesrechnungshof Nordrhein-Westfalen", "Mitteilungspflichten",
				"5 Jahre nach Vorlage des Verwendungsnachweises", "vom Land Nordrhein-Westfalen im Programm",
				"bis zu 20 %");
		assertThat(text).doesNotContain("Festbetragsfinanzierung", "ANBest-G", "Zweckbindung", "null");

		Api.Response annex = expect(200, as(CARRIER_A).get(path(id, "documents/general-conditions")));
		assertThat(annex.contentType()).isEqualTo("application/pdf");
		assertThat(Pdf.of(annex.bytes()).flatText()).contains("ANBest-P");
		expect(200, as(FINANCE).get(path(id, "documents/general-conditions")));
		expect(404, as(CARRIER_B).get(path(id, "documents/general-conditions")));
	}

	@Test
	void theModuleAFlatRateReadsAsAFixedAmountWithEarmarkingAndNoLineTolerance() {
		long id = approved(this.programme, "A", "2000.00");

		String text = notice(CARRIER_A, id, "approval-notice-flat-rate");

		assertThat(text).contains("im Wege der Festbetragsfinanzierung",
				"als Pauschale (Pauschale von 1.000,00 € je Raum für zwei Räume (höchstens zwei Räume), zusammen 2.000,00 €) in Höhe von 2.000,00 €",
				"nicht nach den Ausgaben je Kostenposition abgerechnet",
				"Die Pauschale wird ohne Nachweis der Ausgaben je Kostenposition abgerechnet", "Zweckbindung",
				"3 Jahre ab ihrer Anschaffung", "inventarisieren", "Bewilligte Zuwendung 2.000,00 €");
		assertThat(text).doesNotContain("bis zu 20 %", "Fehlbedarfsfinanzierung");
	}

	@Test
	void aMunicipalityGetsTheAnbestG() {
		this.jdbc.update("update carrier set legal_form = 'MUNICIPALITY' where name = 'Testverein B e.V.'");
		try {
			long id = approvedFrom(CARRIER_B, Requests.application(this.programme, "B", "1500.00"), "1500.00");

			String text = notice(CARRIER_B, id, "approval-notice-municipality");

			assertThat(text).contains(
					"Allgemeine Nebenbestimmungen für Zuwendungen an Gemeinden (GV) zur Projektförderung (ANBest-G");
			assertThat(text).doesNotContain("ANBest-P");
			assertThat(
					Pdf.of(expect(200, as(CARRIER_B).get(path(id, "documents/general-conditions"))).bytes()).flatText())
				.contains("ANBest-G");
		}
		finally {
			this.jdbc
				.update("update carrier set legal_form = 'REGISTERED_ASSOCIATION' where name = 'Testverein B e.V.'");
		}
	}

	@Test
	void aForwardingContractStatesTheSameTermsAsItsClauses() {
		String byContract = this.fixtures.programme(Map.of("A", 10_000, "B", 60_000), ForwardingForm.CONTRACT);
		Map<String, Object> body = new HashMap<>(Requests.application(byContract, "B", "2400.00", "600.00"));
		body.put("financing", Map.of("ownFunds", amount("300.00"), "thirdPartyFunds", amount("200.00"), "income",
				amount("100.00"), "requestedGrant", amount("2400.00")));
		long id = approvedFrom(CARRIER_A, body, "2400.00");

		Pdf pdf = Pdf.of(expect(200, as(CARRIER_A).get(path(id, "documents/forwarding-contract"))).bytes());
		assertThat(pdf.picture("forwarding-contract-terms")).isNotEmpty();
		String text = pdf.flatText();

		assertThat(text).contains("Weiterleitungsvertrag", "im Wege der Fehlbedarfsfinanzierung", "1. Zuwendungszweck",
				"2. Bewilligungszeitraum", "4. Finanzierungsplan", "Eigenmittel 300,00 €",
				"Bewilligte Zuwendung 2.400,00 €", "§ 5 Nebenbestimmungen", "1. Bestandteil dieses Vertrages sind",
				"Fassung: Allgemeine Nebenbestimmungen für Zuwendungen zur Projektförderung (ANBest-P",
				"diesem Vertrag als Anlage beigefügt", "§ 91 LHO NRW", "Der Träger hat die erforderlichen Unterlagen",
				"Der Träger ist verpflichtet", "er weitere Zuwendungen für denselben Zweck beantragt oder erhält",
				"bis zu 20 %");
		assertThat(text).doesNotContain("dieses Bescheides", "Rechtsbehelfsbelehrung", "Klage", "null");
		expect(200, as(CARRIER_A).get(path(id, "documents/general-conditions")));
	}

	private long approvedFrom(String carrier, Map<String, Object> body, String amount) {
		long id = expect(201, as(carrier).post("/api/v1/applications", body)).id();
		expect(200, as(REVIEWER).post(path(id, "completeness"), Requests.complete()));
		expect(200, as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval(amount)));
		expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve(amount)));
		return id;
	}

	private String notice(String user, long id, String picture) {
		Api.Response response = expect(200, as(user).get(path(id, "documents/approval-notice")));
		Pdf pdf = Pdf.of(response.bytes());
		assertThat(pdf.picture(picture)).isNotEmpty();
		assertThat(pdf.pdfaViolations()).isEmpty();
		return pdf.flatText();
	}

}
