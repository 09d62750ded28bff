package de.foerderfluss.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import de.foerderfluss.shared.ConfigurationIncompleteException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LetterheadTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Berlin"));

	@Test
	void noDocumentWithoutACompleteLetterhead() {
		LetterheadProperties incomplete = new LetterheadProperties("Kreis Soest", null,
				"Kommunales Integrationszentrum", null, "59494", "Soest", null, null, null, null, "Soest", null,
				Map.of(), null, null, null);
		Letterhead letterhead = new Letterhead(incomplete, new ReportTemplates(), CLOCK);

		assertThatExceptionOfType(ConfigurationIncompleteException.class)
			.isThrownBy(() -> letterhead.document("Kreiskasse"))
			.satisfies((ex) -> assertThat(String.valueOf(ex.arguments()[0])).contains("foerderfluss.letterhead.street",
					"foerderfluss.letterhead.default-signer", "foerderfluss.letterhead.legal-remedy-court",
					"foerderfluss.letterhead.repayment-account"));
	}

	@Test
	void theFooterNamesAuthorityAndAccount() {
		LetterheadProperties authority = new LetterheadProperties("Kreis Soest", "Der Landrat",
				"Kommunales Integrationszentrum", "Hoher Weg 1–3", "59494", "Soest", null, null, "www.kreis-soest.de",
				null, "Soest", "Dr. Sabine Vogt", Map.of(), "Verwaltungsgericht Arnsberg", "Kreiskasse Soest",
				new LetterheadProperties.BankAccount("Kreiskasse Soest", "DE95414500750005678901", "WELADED1SOS",
						"Sparkasse SoestWerl"));
		Map<String, Object> parameters = new Letterhead(authority, new ReportTemplates(), CLOCK).document("Kreiskasse");

		assertThat(parameters.get("LH_FOOTER")).isEqualTo(
				"Kreis Soest · Kommunales Integrationszentrum · Hoher Weg 1–3 · 59494 Soest · www.kreis-soest.de\n"
						+ "Bankverbindung: Kreiskasse Soest · IBAN DE95 4145 0075 0005 6789 01 · BIC WELADED1SOS");
		assertThat(parameters).containsEntry("ISSUE_DATE", "02.03.2026").containsEntry("OFFICE", "Kreiskasse");
	}

}
