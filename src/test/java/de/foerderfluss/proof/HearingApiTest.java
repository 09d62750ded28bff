package de.foerderfluss.proof;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Pdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_2;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_APPROVER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hearing (§ 28 VwVfG NRW) through the REST API with real security: the letter, the
 * carrier's answer, the lapse of the deadline on the controlled clock, the decision after
 * it, and the notices read back.
 */
class HearingApiTest extends ApiTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 20_000));
	}

	@Test
	void anAnsweredHearingLeadsToAReducedClawbackWhoseNoticeRefersToIt() {
		long id = audited("3000.00", "2750.00", "Belege für 250 € fehlen.");
		assertThat(status(id)).isEqualTo("HEARING");

		JsonNode hearing = expect(200, as(CARRIER_A).get(path(id, "hearing"))).json();
		assertThat(hearing.path("intent").asText()).isEqualTo("CLAWBACK");
		assertThat(hearing.path("proposedAmount").decimalValue()).isEqualByComparingTo("250.00");
		assertThat(hearing.path("deadline").asText()).isEqualTo("2026-03-16");
		assertThat(hearing.path("readyForDecision").asBoolean()).isFalse();

		Pdf letter = Pdf.of(expect(200, as(CARRIER_A).get(path(id, "documents/hearing-letter"))).bytes());
		assertThat(letter.picture("hearing-letter")).isNotEmpty();
		assertThat(letter.flatText())
			.contains("Anhörung vor einer teilweisen Aufhebung der Bewilligung", "Testverein A e.V.", "3.000,00 €",
					"2.750,00 €", "Beabsichtigte Rückforderung", "250,00 €", "Belege für 250 € fehlen.",
					"§ 28 Abs. 1 VwVfG NRW", "bis zum 16.03.2026", "Zur Anhörung Stellung nehmen", "noch kein Bescheid",
					"Paula Prüfer")
			.doesNotContain("Rechtsbehelfsbelehrung", "Dr. Erika Muster", "null");
		assertThat(letter.fontsNotEmbedded()).isEmpty();
		assertThat(letter.pdfaViolations()).isEmpty();

		// The case worker cannot decide while the carrier may still answer.
		expect(409, as(REVIEWER_2).post(path(id, "hearing/decision"), decision("UPHOLD", "250.00", "Zu früh.")));

		long receipt = expect(201, as(CARRIER_A).upload(path(id, "documents"), "Quittung.pdf", "application/pdf", PDF))
			.id();
		JsonNode answered = expect(200, as(CARRIER_A).post(path(id, "hearing/answer"),
				Map.of("text", "100 € wurden bar bezahlt; die Quittung liegt bei.", "documentIds", List.of(receipt))))
			.json();
		assertThat(answered.path("answerDocumentIds").get(0).asLong()).isEqualTo(receipt);
		assertThat(answered.path("readyForDecision").asBoolean()).isTrue();
		assertThat(taskNames(as(REVIEWER), id)).containsExactly("Nach der Anhörung entscheiden");
		expect(409, as(CARRIER_A).post(path(id, "hearing/answer"), Map.of("text", "Noch etwas.")));

		Api.Response decided = expect(200, as(REVIEWER_2).post(path(id, "hearing/decision"), decision("UPHOLD",
				"150.00", "Die Barzahlung von 100 € ist durch die Quittung belegt; für 150 € fehlt jeder Beleg.")));
		assertThat(decided.text("status")).isEqualTo("REPAYMENT_DUE");
		assertThat(decided.json().path("repaymentAmount").decimalValue()).isEqualByComparingTo("150.00");
		assertThat(expect(200, as(REVIEWER).get(path(id, "hearing"))).json().path("outcome").asText())
			.isEqualTo("REDUCED");

		Pdf notice = Pdf.of(expect(200, as(CARRIER_A).get(path(id, "documents/clawback-notice"))).bytes());
		assertThat(notice.picture("clawback-notice-after-hearing")).isNotEmpty();
		assertThat(notice.flatText())
			.contains("Mit Schreiben vom 02.03.2026 habe ich Sie nach § 28 Abs. 1 VwVfG NRW",
					"beabsichtigte Rückforderung: 250,00 €", "bis zum 16.03.2026",
					"Mit Ihrer Stellungnahme vom 02.03.2026", "100 € wurden bar bezahlt; die Quittung liegt bei.",
					"eine Unterlage beigefügt", "Begründung und Ermessenserwägungen", "für 150 € fehlt jeder Beleg",
					"Ergebnis der Prüfung: Belege für 250 € fehlen.", "2.850,00 €", "150,00 €", "Rainer Revision")
			.doesNotContain("Dr. Erika Muster", "null");
		assertThat(notice.pdfaViolations()).isEmpty();
		assertThat(history(id)).contains("HEARING_OPENED", "HEARING_ANSWERED", "CLAWBACK");
	}

	@Test
	void withoutAnAnswerTheDeadlineEndsTheWaitAndTheNoticeSaysSo() {
		long id = audited("3000.00", "2000.00", "Für 1.000 € fehlen Belege.");

		this.time.advance(Duration.ofDays(14));
		assertThat(this.time.fireDueTimers(id)).isEmpty();
		expect(409, as(REVIEWER).post(path(id, "hearing/decision"), decision("UPHOLD", "1000.00", "Zu früh.")));
		this.time.advance(Duration.ofHours(15).plusMinutes(1));
		assertThat(this.time.fireDueTimers(id)).containsExactly("Timer_HearingLapse");
		assertThat(status(id)).isEqualTo("HEARING");
		assertThat(history(id)).contains("HEARING_LAPSED");
		assertThat(taskNames(as(REVIEWER), id)).containsExactly("Nach der Anhörung entscheiden");
		assertThat(taskNames(as(CARRIER_A), id)).isEmpty();

		decideAfterHearing(id, "1000.00", "Die Verwendung ist für 1.000 € nicht nachgewiesen.");
		Pdf notice = Pdf.of(expect(200, as(CARRIER_A).get(path(id, "documents/clawback-notice"))).bytes());
		assertThat(notice.flatText()).contains("Sie haben sich bis zu meiner Entscheidung nicht geäußert",
				"Die Verwendung ist für 1.000 € nicht nachgewiesen.", "1.000,00 €", "bis zum 17.04.2026",
				"Rainer Revision");
	}

	@Test
	void aClawbackDroppedAfterTheHearingClosesTheCaseWithNothingToRepay() {
		long id = audited("3000.00", "2700.00", "Für 300 € fehlen Belege.");
		answerHearing(id, "Die Belege liegen jetzt vor.");

		Api.Response dropped = decideAfterHearing(id, null, "Die nachgereichten Belege decken die 300 €.");

		assertThat(dropped.text("status")).isEqualTo("CLOSED");
		assertThat(dropped.json().path("recognisedAmount").decimalValue()).isEqualByComparingTo("3000.00");
		assertThat(dropped.json().path("repaymentAmount").isValueNode()).isFalse();
		expect(404, as(CARRIER_A).get(path(id, "documents/clawback-notice")));
		assertThat(moduleFigure(this.programme, "B", "repaid")).isEqualByComparingTo("0.00");
		assertThat(history(id)).contains("CLAWBACK_DROPPED").doesNotContain("CLAWBACK");
		assertThat(taskNames(as(FINANCE), id)).isEmpty();
	}

	@Test
	void aCarrierAnswersOnlyItsOwnCaseAndOnlyCaseWorkersDecide() {
		long id = audited("3000.00", "2750.00", "Belege für 250 € fehlen.");

		expect(404, as(CARRIER_B).get(path(id, "hearing")));
		expect(404, as(CARRIER_B).post(path(id, "hearing/answer"), Map.of("text", "Fremde Stellungnahme")));
		expect(403, as(REVIEWER).post(path(id, "hearing/answer"), Map.of("text", "Ich bin kein Träger")));
		expect(403, as(CARRIER_A).post(path(id, "hearing/decision"), decision("DROP", null, "Selbst entschieden")));
		expect(403, as(APPROVER).post(path(id, "hearing/decision"), decision("DROP", null, "Keine Rolle")));
		expect(403, as(FINANCE).post(path(id, "hearing/answer"), Map.of("text", "x")));

		JsonNode hearing = expect(200, as(CARRIER_A).get(path(id, "hearing"))).json();
		assertThat(hearing.path("answer").isValueNode()).isFalse();
		assertThat(status(id)).isEqualTo("HEARING");
	}

	@Test
	void badInputIsRefusedAsProblemAndChangesNothing() {
		long id = audited("3000.00", "2750.00", "Belege für 250 € fehlen.");
		long other = audited("1000.00", "900.00", "Belege für 100 € fehlen.");
		long foreign = expect(201, as(CARRIER_A).upload(path(other, "documents"), "Fremd.pdf", "application/pdf", PDF))
			.id();

		assertProblem(as(CARRIER_A).post(path(id, "hearing/answer"), Map.of("text", "  ")), "text");
		assertProblem(as(CARRIER_A).post(path(id, "hearing/answer"), Map.of("text", "x".repeat(8001))), "text");
		assertProblem(as(CARRIER_A).post(path(id, "hearing/answer"),
				Map.of("text", "Siehe Anlage", "documentIds", List.of(foreign))), "documentIds");
		assertProblem(as(CARRIER_A).post(path(id, "hearing/answer"),
				Map.of("text", "Siehe Anlage", "documentIds", List.of(999_999))), "documentIds");
		JsonNode unchanged = expect(200, as(CARRIER_A).get(path(id, "hearing"))).json();
		assertThat(unchanged.path("answeredAt").isValueNode()).isFalse();

		answerHearing(id, "Wir haben keine weiteren Belege.");
		assertProblem(as(REVIEWER_2).post(path(id, "hearing/decision"), decision("UPHOLD", "250.00", " ")), "reasons");
		assertProblem(as(REVIEWER_2).post(path(id, "hearing/decision"), decision("UPHOLD", "250.01", "Mehr")),
				"amount");
		assertProblem(as(REVIEWER_2).post(path(id, "hearing/decision"), decision("UPHOLD", null, "Ohne Betrag")),
				"amount");
		assertProblem(as(REVIEWER_2).post(path(id, "hearing/decision"), decision("UPHOLD", "-5.00", "Negativ")),
				"amount");
		Api.Response unknownOutcome = as(REVIEWER_2).post(path(id, "hearing/decision"),
				decision("VIELLEICHT", "250.00", "Unklar"));
		assertThat(unknownOutcome.status()).isEqualTo(400);
		assertThat(unknownOutcome.contentType()).startsWith("application/problem+json");

		assertThat(status(id)).isEqualTo("HEARING");
		assertThat(expect(200, as(REVIEWER).get(path(id, "hearing"))).json().path("outcome").isValueNode()).isFalse();
		expect(404, as(CARRIER_A).get(path(id, "documents/clawback-notice")));
	}

	@Test
	void onlyAPersonEntitledToSignTheLetterAndTheNoticeOpensTheHearingAndReclaims() {
		long id = active(this.programme, "B", "6000.00");
		paidOut(id, "6000.00");
		var item = expect(200, as(CARRIER_A).get("/api/v1/applications/" + id)).json().path("costItems").get(0);
		expect(201,
				as(CARRIER_A).post(path(id, "proof-of-use"),
						Map.of("spentAmount", amount("500.00"), "report", "Nur ein Treffen fand statt.", "confirmed",
								true, "costItems",
								List.of(Map.of("costItemId", item.path("id").asLong(), "amount", amount("500.00"))))));
		Map<String, Object> audit = Map.of("accepted", true, "recognisedAmount", amount("500.00"), "note",
				"Nur 500 € wurden ausgegeben.");

		// A case worker signs hearings and clawbacks up to 5.000 €; 5.500 € are beyond.
		Api.Response refused = as(REVIEWER).post(path(id, "proof-of-use/audit"), audit);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(status(id)).isEqualTo("PROOF_IN_AUDIT");
		expect(200, as(REVIEWER_APPROVER).post(path(id, "proof-of-use/audit"), audit));
		answerHearing(id, "Die übrigen Treffen fielen aus.");

		expect(403,
				as(REVIEWER_2).post(path(id, "hearing/decision"), decision("UPHOLD", "5500.00", "Nicht verbraucht.")));
		assertThat(status(id)).isEqualTo("HEARING");
		expect(200, as(REVIEWER_APPROVER).post(path(id, "hearing/decision"),
				decision("UPHOLD", "5500.00", "Die Mittel wurden nicht verbraucht.")));
		assertThat(status(id)).isEqualTo("REPAYMENT_DUE");
	}

	/** Paid out, proven and audited: the audit recognised less than was paid. */
	private long audited(String paid, String recognised, String note) {
		long id = active(this.programme, "B", paid);
		paidOut(id, paid);
		var item = expect(200, as(CARRIER_A).get("/api/v1/applications/" + id)).json().path("costItems").get(0);
		expect(201,
				as(CARRIER_A).post(path(id, "proof-of-use"), Map.of("spentAmount", amount(recognised), "report",
						"Alle Treffen fanden statt.", "confirmed", true, "costItems",
						List.of(Map.of("costItemId", item.path("id").asLong(), "amount", amount(recognised))))));
		expect(200, as(REVIEWER).post(path(id, "proof-of-use/audit"),
				Map.of("accepted", true, "recognisedAmount", amount(recognised), "note", note)));
		return id;
	}

	private static Map<String, Object> decision(String outcome, String amount, String reasons) {
		Map<String, Object> body = new HashMap<>();
		body.put("outcome", outcome);
		if (amount != null) {
			body.put("amount", amount(amount));
		}
		body.put("reasons", reasons);
		return body;
	}

	private static void assertProblem(Api.Response refused, String field) {
		assertThat(refused.status()).as("%s", refused).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.fieldErrors(field)).as("%s", refused).isNotEmpty();
	}

	private List<String> history(long id) {
		return expect(200, as(REVIEWER).get("/api/v1/applications/" + id)).json()
			.path("history")
			.findValuesAsText("action");
	}

	private List<String> taskNames(Api api, long id) {
		List<String> names = new java.util.ArrayList<>();
		expect(200, api.get("/api/v1/tasks")).json().forEach((task) -> {
			if (task.path("applicationId").asLong() == id) {
				names.add(task.path("name").asText());
			}
		});
		return names;
	}

}
