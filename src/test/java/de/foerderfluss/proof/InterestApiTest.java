package de.foerderfluss.proof;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Pdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.ADMIN;
import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interest under § 49a Abs. 3 VwVfG NRW through the REST API with real security: the day
 * the grant became ineffective, repayments on the days they were received, the
 * computation per base-rate half-year, the decision to set or waive it, the interest
 * notice read back, its payment, and a missing base rate that blocks everything.
 */
class InterestApiTest extends ApiTest {

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 40_000));
	}

	@Test
	void interestRunsFromTheIneffectiveDayUntilEachRepaymentIsSetByNoticeAndPaid() {
		long id = audited("3000.00", "2600.00", "2025-03-01");
		assertThat(status(id)).isEqualTo("REPAYMENT_DUE");
		expect(400, as(FINANCE).post(path(id, "repayment"),
				Map.of("amount", amount("100.00"), "receivedOn", "2026-03-03")));
		expect(200, as(FINANCE).post(path(id, "repayment"),
				Map.of("amount", amount("100.00"), "receivedOn", "2025-05-01")));
		assertThat(expect(200,
				as(FINANCE).post(path(id, "repayment"), Map.of("amount", amount("300.00"), "receivedOn", "2025-09-15")))
			.text("status")).isEqualTo("INTEREST_DUE");
		assertThat(taskNames(as(REVIEWER), id)).containsExactly("Zinsen festsetzen");

		// What the interest comes to: per half-year and per amount outstanding.
		JsonNode proposal = expect(200, as(REVIEWER).get(path(id, "interest"))).json();
		assertThat(proposal.path("status").asText()).isEqualTo("PROPOSED");
		assertThat(proposal.path("marginPercent").decimalValue()).isEqualByComparingTo("5");
		assertThat(periods(proposal)).containsExactly("2025-03-01..2025-04-30 61 400.00 2.27 7.27 4.86",
				"2025-05-01..2025-06-30 61 300.00 2.27 7.27 3.64", "2025-07-01..2025-09-14 76 300.00 1.27 6.27 3.92");
		assertThat(proposal.path("total").decimalValue()).isEqualByComparingTo("12.42");
		assertThat(proposal.path("waivable").asBoolean()).isTrue();
		expect(200, as(CARRIER_A).get(path(id, "interest")));
		expect(404, as(CARRIER_B).get(path(id, "interest")));

		// Only a case worker decides, once, with the considerations stated.
		Map<String, Object> decision = Map.of("waive", false, "reason",
				"Der Träger hat die Umstände zu vertreten; Gründe für ein Absehen liegen nicht vor.");
		expect(403, as(FINANCE).post(path(id, "interest"), decision));
		expect(403, as(CARRIER_A).post(path(id, "interest"), decision));
		expect(403, as(APPROVER).post(path(id, "interest"), decision));
		JsonNode set = expect(200, as(REVIEWER).post(path(id, "interest"), decision)).json();
		assertThat(set.path("status").asText()).isEqualTo("SET");
		assertThat(set.path("total").decimalValue()).isEqualByComparingTo("12.42");
		assertThat(set.path("dueDate").asText()).isEqualTo("2026-04-02");
		assertThat(set.path("decidedBy").asText()).isEqualTo(REVIEWER);
		expect(409, as(REVIEWER).post(path(id, "interest"), decision));

		// The interest notice, signed by the case worker who set the interest.
		Api.Response download = expect(200, as(CARRIER_A).get(path(id, "documents/interest-notice")));
		assertThat(download.contentType()).isEqualTo("application/pdf");
		Pdf notice = Pdf.of(download.bytes());
		assertThat(notice.picture("interest-notice")).isNotEmpty();
		String text = notice.flatText();
		assertThat(text).contains("Zinsbescheid", "Festsetzung von Zinsen nach § 49a VwVfG NRW",
				"mit Wirkung vom 01.03.2025", "400,00 €", "am 15.09.2025 vollständig",
				"5 Prozentpunkten über dem jeweiligen Basiszinssatz",
				"01.03.2025 – 30.04.2025 61 400,00 € 2,27 % 7,27 % 4,86 €",
				"01.05.2025 – 30.06.2025 61 300,00 € 2,27 % 7,27 % 3,64 €",
				"01.07.2025 – 14.09.2025 76 300,00 € 1,27 % 6,27 % 3,92 €", "Festgesetzte Zinsen 12,42 €", "Tage ÷ 365",
				"bis zum 02.04.2026", "Gründe für ein Absehen liegen nicht vor", "Rechtsbehelfsbelehrung",
				"Paula Prüfer", "Zinsen");
		assertThat(notice.fontsNotEmbedded()).isEmpty();
		assertThat(notice.pdfaViolations()).isEmpty();
		expect(200, as(FINANCE).get(path(id, "documents/interest-notice")));
		expect(404, as(CARRIER_B).get(path(id, "documents/interest-notice")));

		// Finance books the interest like a repayment; the case closes when it is paid.
		assertThat(taskNames(as(FINANCE), id)).containsExactly("Zinszahlung bestätigen");
		expect(403, as(REVIEWER).post(path(id, "interest-payment"), Map.of("amount", amount("12.42"))));
		expect(400, as(FINANCE).post(path(id, "interest-payment"), Map.of("amount", amount("12.43"))));
		assertThat(expect(200,
				as(FINANCE).post(path(id, "interest-payment"),
						Map.of("amount", amount("10.00"), "receivedOn", "2026-03-01")))
			.text("status")).isEqualTo("INTEREST_DUE");
		assertThat(expect(200, as(FINANCE).post(path(id, "interest-payment"), Map.of("amount", amount("2.42"))))
			.text("status")).isEqualTo("CLOSED");
		JsonNode paid = expect(200, as(REVIEWER).get(path(id, "interest"))).json();
		assertThat(paid.path("paid").decimalValue()).isEqualByComparingTo("12.42");
		assertThat(paid.path("outstanding").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(statusChanges(id)).endsWith("REPAYMENT_DUE", "INTEREST_DUE", "CLOSED");
		assertThat(taskNames(as(FINANCE), id)).isEmpty();
	}

	@Test
	void aHalfYearWithoutItsBaseRateBlocksTheInterestAndNothingChanges() {
		long id = audited("1000.00", "800.00", "2022-12-01");
		expect(200, as(FINANCE).post(path(id, "repayment"),
				Map.of("amount", amount("200.00"), "receivedOn", "2023-02-01")));

		Api.Response refused = expect(409, as(REVIEWER).get(path(id, "interest")));
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		assertThat(refused.text("detail")).contains("01.07.2022", "Basiszinssatz");
		expect(409, as(REVIEWER).post(path(id, "interest"), Map.of("waive", true, "reason", "gering")));
		expect(409, as(REVIEWER).post(path(id, "interest"), Map.of("waive", false, "reason", "festsetzen")));
		assertThat(status(id)).isEqualTo("INTEREST_DUE");
		assertThat(taskNames(as(REVIEWER), id)).containsExactly("Zinsen festsetzen");
		assertThat(this.jdbc.queryForObject("select count(*) from interest_claim where application_id = ?",
				Integer.class, id))
			.isZero();
	}

	@Test
	void interestBelowTheLimitMayBeWaivedWithReasonsAboveItNot() {
		long small = audited("1000.00", "900.00", "2025-02-01");
		expect(200, as(FINANCE).post(path(small, "repayment"),
				Map.of("amount", amount("100.00"), "receivedOn", "2025-03-01")));
		expect(400, as(REVIEWER).post(path(small, "interest"), Map.of("waive", true)));
		JsonNode waived = expect(200,
				as(REVIEWER).post(path(small, "interest"),
						Map.of("waive", true, "reason",
								"Der Träger hat die Unwirksamkeit nicht zu vertreten und fristgerecht gezahlt.")))
			.json();
		assertThat(waived.path("status").asText()).isEqualTo("WAIVED");
		// 100 € × 7,27 % × 28 / 365
		assertThat(waived.path("total").decimalValue()).isEqualByComparingTo("0.56");
		assertThat(status(small)).isEqualTo("CLOSED");
		expect(404, as(CARRIER_A).get(path(small, "documents/interest-notice")));
		expect(409, as(FINANCE).post(path(small, "interest-payment"), Map.of("amount", amount("0.56"))));

		long large = audited("3000.00", "0.00", "2024-01-01");
		expect(200, as(FINANCE).post(path(large, "repayment"),
				Map.of("amount", amount("3000.00"), "receivedOn", "2025-01-01")));
		Api.Response refused = expect(400,
				as(REVIEWER).post(path(large, "interest"), Map.of("waive", true, "reason", "gering")));
		assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("waive");
		assertThat(status(large)).isEqualTo("INTEREST_DUE");
	}

	@Test
	void theIneffectiveDayIsNeverInTheFuture() {
		long id = active(this.programme, "B", "1000.00");
		paidOut(id, "1000.00");
		submitProof(id, "900.00");
		expect(200, as(REVIEWER).post(path(id, "proof-of-use/audit"),
				Map.of("accepted", true, "recognisedAmount", amount("900.00"), "note", "Belege fehlen.")));
		answerHearing(id, "Die Belege sind verloren gegangen.");
		Map<String, Object> decision = new HashMap<>(Map.of("outcome", "UPHOLD", "amount", amount("100.00"), "reasons",
				"Ohne Belege ist die Verwendung nicht nachgewiesen.", "ineffectiveFrom", "2026-03-03"));
		Api.Response refused = expect(400, as(REVIEWER_2).post(path(id, "hearing/decision"), decision));
		assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("ineffectiveFrom");
		assertThat(status(id)).isEqualTo("HEARING");
	}

	@Test
	void administratorsExtendTheBaseRateTableByHalfYear() {
		JsonNode rates = expect(200, as(REVIEWER).get("/api/v1/base-rates")).json();
		assertThat(rates.get(0).path("validFrom").asText()).isEqualTo("2025-07-01");
		assertThat(rates.get(0).path("ratePercent").decimalValue()).isEqualByComparingTo("1.27");
		assertThat(rates.findValuesAsText("validFrom")).contains("2023-01-01", "2023-07-01", "2024-01-01", "2024-07-01",
				"2025-01-01");
		expect(200, as(FINANCE).get("/api/v1/base-rates"));
		expect(403, as(CARRIER_A).get("/api/v1/base-rates"));

		Map<String, Object> rate = Map.of("validFrom", "2021-01-01", "ratePercent", amount("-0.88"));
		expect(403, as(REVIEWER).post("/api/v1/base-rates", rate));
		JsonNode recorded = expect(201, as(ADMIN).post("/api/v1/base-rates", rate)).json();
		assertThat(recorded.path("recordedBy").asText()).isEqualTo(ADMIN);
		assertThat(field(expect(400, as(ADMIN).post("/api/v1/base-rates", rate)))).isEqualTo("validFrom");
		assertThat(
				field(expect(400,
						as(ADMIN).post("/api/v1/base-rates",
								Map.of("validFrom", "2021-03-01", "ratePercent", amount("1.00"))))))
			.isEqualTo("validFrom");
		assertThat(
				field(expect(400,
						as(ADMIN).post("/api/v1/base-rates",
								Map.of("validFrom", "2020-07-01", "ratePercent", amount("25.00"))))))
			.isEqualTo("ratePercent");
		assertThat(expect(200, as(ADMIN).get("/api/v1/base-rates")).json().findValuesAsText("validFrom"))
			.contains("2021-01-01")
			.doesNotContain("2021-03-01", "2020-07-01");
	}

	/**
	 * Paid out, proof of use, audit recognising less, the hearing, and the decision after
	 * it reclaiming the difference, ineffective from the day named.
	 */
	private long audited(String paid, String recognised, String ineffectiveFrom) {
		long id = active(this.programme, "B", paid);
		paidOut(id, paid);
		submitProof(id, paid);
		expect(200, as(REVIEWER).post(path(id, "proof-of-use/audit"),
				Map.of("accepted", true, "recognisedAmount", amount(recognised), "note", "Nicht alles anerkannt.")));
		answerHearing(id, "Wir bitten um Nachsicht.");
		String reclaimed = new java.math.BigDecimal(paid).subtract(new java.math.BigDecimal(recognised))
			.toPlainString();
		expect(200,
				as(REVIEWER_2).post(path(id, "hearing/decision"),
						Map.of("outcome", "UPHOLD", "amount", amount(reclaimed), "reasons",
								"Die Stellungnahme ändert nichts an den fehlenden Belegen.", "ineffectiveFrom",
								ineffectiveFrom)));
		return id;
	}

	private void submitProof(long id, String spent) {
		var item = expect(200, as(CARRIER_A).get("/api/v1/applications/" + id)).json().path("costItems").get(0);
		expect(201,
				as(CARRIER_A).post(path(id, "proof-of-use"),
						Map.of("spentAmount", amount(spent), "report", "Alle Treffen fanden statt.", "confirmed", true,
								"costItems",
								List.of(Map.of("costItemId", item.path("id").asLong(), "amount", amount(spent))))));
	}

	private static List<String> periods(JsonNode interest) {
		List<String> periods = new ArrayList<>();
		interest.path("periods")
			.forEach((p) -> periods.add(p.path("firstDay").asText() + ".." + p.path("lastDay").asText() + " "
					+ p.path("days").asInt() + " " + p.path("principal").decimalValue().toPlainString() + " "
					+ p.path("baseRatePercent").decimalValue().toPlainString() + " "
					+ p.path("ratePercent").decimalValue().toPlainString() + " "
					+ p.path("amount").decimalValue().toPlainString()));
		return periods;
	}

	private List<String> statusChanges(long id) {
		List<String> changes = new ArrayList<>();
		expect(200, as(REVIEWER).get("/api/v1/applications/" + id)).json().path("history").forEach((entry) -> {
			if (entry.hasNonNull("statusAfter")) {
				changes.add(entry.path("statusAfter").asText());
			}
		});
		return changes;
	}

	private static String field(Api.Response response) {
		return response.json().path("errors").get(0).path("field").asText();
	}

	private static List<String> taskNames(Api api, long applicationId) {
		List<String> names = new ArrayList<>();
		expect(200, api.get("/api/v1/tasks")).json().forEach((task) -> {
			if (task.path("applicationId").asLong() == applicationId) {
				names.add(task.path("name").asText());
			}
		});
		return names;
	}

}
