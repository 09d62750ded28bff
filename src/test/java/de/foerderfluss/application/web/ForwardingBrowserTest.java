package de.foerderfluss.application.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import de.foerderfluss.testing.Browser;
import de.foerderfluss.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the browser: the carrier uploads the forwarding contract it signed and a case worker
 * confirms its receipt; the case page shows when a notice was delivered and becomes
 * final, and a case worker marks a lawsuit against it.
 */
class ForwardingBrowserTest extends BrowserTest {

	@Test
	void theCarrierUploadsTheSignedContractAndACaseWorkerConfirmsItsReceipt() throws IOException {
		String programme = this.fixtures.programme(Map.of("B", 20_000));
		long id = approved(programme, "B", "2400.00");
		Path signed = Files.createTempFile("Vertrag-unterschrieben", ".pdf");
		Files.write(signed, SIGNED_CONTRACT);

		Browser carrier = german(CARRIER_A);
		carrier.visit("/antraege/" + id);
		carrier.follow("Unterzeichneten Weiterleitungsvertrag hochladen");
		assertThat(carrier.path()).isEqualTo("/antraege/" + id + "/vertrag");
		assertThat(carrier.text("main")).contains("Weiterleitungsvertrag lesen (PDF)",
				"Bitte laden Sie den unterzeichneten Vertrag bis zum 01.04.2026 hoch.");
		carrier.attach("Unterzeichneter Vertrag", signed);
		shot(carrier, "contract-upload");
		carrier.press("Unterzeichneten Vertrag senden");
		assertThat(carrier.path()).isEqualTo("/antraege/" + id);
		assertThat(carrier.text(".notice")).contains("ist eingegangen");
		assertThat(status(id)).isEqualTo("APPROVED");

		Browser reviewer = german(REVIEWER);
		reviewer.visit("/antraege/" + id + "/vertrag/eingang");
		assertThat(reviewer.text("main")).contains("Weiterleitungsvertrag wie angeboten (PDF)",
				signed.getFileName().toString());
		reviewer.check(
				"Ja: vollständig und von vertretungsberechtigten Personen unterzeichnet. Der Vertrag ist geschlossen.");
		shot(reviewer, "contract-receipt");
		reviewer.press("Speichern");
		assertThat(reviewer.path()).isEqualTo("/antraege/" + id);
		assertThat(reviewer.text(".notice")).contains("ist geschlossen");
		assertThat(status(id)).isEqualTo("ACTIVE");
	}

	@Test
	void theCasePageShowsTheDeliveryAndACaseWorkerMarksALawsuit() {
		String programme = this.fixtures.programme(Map.of("B", 20_000));
		long id = inApproval(programme, "B", "4000.00");
		expect(200, as(APPROVER).post(path(id, "decision"),
				Map.of("approved", false, "reason", "Die Maßnahme ist bereits anderweitig finanziert.")));
		expect(200, as(CARRIER_A).get(path(id, "documents/rejection-notice")));

		Browser reviewer = german(REVIEWER);
		reviewer.visit("/antraege/" + id);
		String notice = "li[data-notice=rejection-notice]";
		assertThat(reviewer.text(notice)).contains("bekannt gegeben am 03.03.2026",
				"Klagefrist bis 07.04.2026; bestandskräftig ab 08.04.2026");
		reviewer.date("Klage erhoben am", "2026-03-02");
		reviewer.pressIn(notice + " form.lawsuit", "Klage vermerken");
		assertThat(reviewer.text(notice)).contains("nicht bestandskräftig: Klage erhoben am 02.03.2026");
		shot(reviewer, "case-notice-delivery");
	}

}
