package de.foerderfluss.notification;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind has a German template that reads well with all facts and with few. */
class MailTemplatesTest {

	private final MailTemplates templates = new MailTemplates();

	@ParameterizedTest
	@EnumSource(NotificationKind.class)
	void withAllFacts(NotificationKind kind) {
		String body = this.templates.render(kind, allFacts());
		assertReadable(body);
		assertThat(body).doesNotContain("null");
	}

	@ParameterizedTest
	@EnumSource(NotificationKind.class)
	void withoutTheFactsACaseMayLack(NotificationKind kind) {
		Map<String, Object> facts = allFacts();
		for (String optional : new String[] { "authority", "phone", "email", "missing", "reason", "payoutAmount",
				"accountHolder", "accountIban", "accountBank", "note", "fundCallAmount", "neededOn" }) {
			facts.remove(optional);
		}
		assertReadable(this.templates.render(kind, facts));
	}

	@Test
	void aRequestForDocumentsQuotesWhatIsMissingAndTheDeadline() {
		String body = this.templates.render(NotificationKind.DOCUMENTS_REQUESTED, allFacts());
		assertThat(body).startsWith("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihren Antrag")
			.contains("Bitte reichen Sie Folgendes nach:\n\nSatzung des Vereins\n\nBitte laden Sie")
			.contains("bis zum 29.03.2026")
			.contains("Mit freundlichen Grüßen\n\nIhr Kommunales Integrationszentrum\nKreis Musterstadt\n"
					+ "Telefon: 01234 56-0\nE-Mail: ki@musterstadt.example\n");
	}

	@Test
	void aClawbackNamesTheAccountToPayInto() {
		String body = this.templates.render(NotificationKind.CLAWBACK, allFacts());
		assertThat(body).contains("bis zum 02.04.2026.\n\nEmpfänger: Kreiskasse Musterstadt\n"
				+ "IBAN: DE95 4145 0075 0005 6789 01\nBank: Sparkasse Musterstadt\n"
				+ "Verwendungszweck: Aktenzeichen KA-2026-0042\n\nDer Betrag ist nach § 49a Abs. 3 VwVfG NRW");
	}

	private static void assertReadable(String body) {
		assertThat(body).startsWith("Sehr geehrte Damen und Herren,\n\n")
			.contains("Aktenzeichen KA-2026-0042")
			.contains("Zum Antrag: https://foerderfluss.example/antraege/42\n")
			.contains("Mit freundlichen Grüßen")
			.doesNotContain("[(", "[#", "[/]", "\n\n\n", " \n", "  ")
			.endsWith("\n");
	}

	private static Map<String, Object> allFacts() {
		Map<String, Object> facts = new HashMap<>();
		facts.put("fileNumber", "KA-2026-0042");
		facts.put("title", "Sprachcafé im Stadtteil");
		facts.put("carrierName", "Testverein A e.V.");
		facts.put("link", "https://foerderfluss.example/antraege/42");
		facts.put("department", "Kommunales Integrationszentrum");
		facts.put("authority", "Kreis Musterstadt");
		facts.put("phone", "01234 56-0");
		facts.put("email", "ki@musterstadt.example");
		facts.put("missing", "Satzung des Vereins");
		facts.put("deadline", "29.03.2026");
		facts.put("approvedAmount", "5.000,00 €");
		facts.put("reason", "Die Mittel sind ausgeschöpft.");
		facts.put("payoutAmount", "3.000,00 €");
		facts.put("paidAmount", "5.000,00 €");
		facts.put("endDate", "31.10.2026");
		facts.put("clawbackAmount", "400,00 €");
		facts.put("interestAmount", "12,34 €");
		facts.put("recognisedAmount", "4.600,00 €");
		facts.put("dueDate", "02.04.2026");
		facts.put("outstandingAmount", "400,00 €");
		facts.put("accountHolder", "Kreiskasse Musterstadt");
		facts.put("accountIban", "DE95 4145 0075 0005 6789 01");
		facts.put("accountBank", "Sparkasse Musterstadt");
		facts.put("note", "Kostenvoranschlag anbei");
		facts.put("fundCallAmount", "3.000,00 €");
		facts.put("neededOn", "02.03.2026");
		return facts;
	}

}
