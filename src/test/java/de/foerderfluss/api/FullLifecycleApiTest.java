package de.foerderfluss.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.FINANCE_2;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One application from submission to CLOSED through the public API, with a request for
 * documents, two fund calls, a clawback and its repayment; the budget follows every step.
 */
class FullLifecycleApiTest extends ApiTest {

	private String programme;

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Test
	void fromSubmissionToClosedWithClawbackAndRepayment() {
		this.programme = this.fixtures.programme(Map.of("A", 10_000, "B", 40_000));
		Api carrier = as(CARRIER_A);
		Api reviewer = as(REVIEWER);

		// Submission: registered under a file number of the year.
		Api.Response submitted = expect(201,
				carrier.post("/api/v1/applications", Requests.application(this.programme, "B", "3000.00", "2000.00")));
		long id = submitted.id();
		assertThat(submitted.text("fileNumber")).isEqualTo(this.programme + "-2026-0001");
		assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
		assertThat(submitted.json().path("requestedAmount").decimalValue()).isEqualByComparingTo("5000.00");
		assertThat(submitted.headers().firstValue("Location")).hasValue("/api/v1/applications/" + id);
		expect(201, carrier.upload(path(id, "documents"), "Kostenplan.pdf", "application/pdf", PDF));

		// Completeness check with a request for documents, answered by the carrier.
		assertThat(taskNames(reviewer, id)).containsExactly("Vollständigkeit prüfen");
		Api.Response incomplete = expect(200, reviewer.post(path(id, "completeness"),
				Map.of("complete", false, "missing", "Kostenvoranschlag für die Honorare")));
		assertThat(incomplete.text("status")).isEqualTo("INCOMPLETE");
		assertThat(taskNames(carrier, id)).containsExactly("Fehlende Unterlagen nachreichen");
		expect(201, carrier.upload(path(id, "documents"), "Kostenvoranschlag.pdf", "application/pdf", PDF));
		assertThat(expect(200, carrier.post(path(id, "resubmission"), Map.of("note", "Kostenvoranschlag anbei")))
			.text("status")).isEqualTo("SUBMITTED");
		assertThat(expect(200, reviewer.post(path(id, "completeness"), Requests.complete())).text("status"))
			.isEqualTo("IN_REVIEW");

		// Eligibility by the rules, assessment, reservation, decision.
		JsonNode eligibility = expect(200, reviewer.get("/api/v1/applications/" + id)).json().path("eligibility");
		assertThat(eligibility.path("eligible").asBoolean()).isTrue();
		assertThat(eligibility.path("maximumAmount").decimalValue()).isEqualByComparingTo("12000");
		assertThat(expect(200, reviewer.post(path(id, "assessment"), Requests.recommendApproval("5000.00")))
			.text("status")).isEqualTo("IN_APPROVAL");
		assertThat(moduleFigure(this.programme, "B", "reserved")).isEqualByComparingTo("5000.00");
		assertThat(expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve("5000.00"))).text("status"))
			.isEqualTo("APPROVED");
		assertThat(moduleFigure(this.programme, "B", "reserved")).isEqualByComparingTo("0.00");
		assertThat(moduleFigure(this.programme, "B", "committed")).isEqualByComparingTo("5000.00");

		// Contract, then two fund calls, each verified and released by two different
		// people.
		assertThat(taskNames(carrier, id)).containsExactly("Unterzeichneten Weiterleitungsvertrag hochladen");
		expect(200, signedContract(CARRIER_A, id));
		assertThat(status(id)).isEqualTo("APPROVED");
		assertThat(expect(200, reviewer.post(path(id, "signed-contract/confirmation"), Map.of("confirmed", true)))
			.text("status")).isEqualTo("ACTIVE");
		long firstCall = expect(201, carrier.post(path(id, "fund-calls"), Requests.fundCall("3000.00"))).id();
		expect(200, reviewer.post("/api/v1/fund-calls/" + firstCall + "/verification", Requests.correct()));
		Api.Response released = expect(200, as(FINANCE).post("/api/v1/fund-calls/" + firstCall + "/release"));
		assertThat(released.json().path("payoutId").asLong()).isPositive();
		expect(409, as(FINANCE_2).post("/api/v1/fund-calls/" + firstCall + "/release"));
		long secondCall = expect(201, carrier.post(path(id, "fund-calls"), Requests.fundCall("2000.00"))).id();
		expect(200, as(REVIEWER_2).post("/api/v1/fund-calls/" + secondCall + "/verification", Requests.correct()));
		expect(200, as(FINANCE_2).post("/api/v1/fund-calls/" + secondCall + "/release"));
		assertThat(payoutsOf(id)).containsExactlyInAnyOrder(new BigDecimal("3000.00"), new BigDecimal("2000.00"));
		assertThat(moduleFigure(this.programme, "B", "disbursed")).isEqualByComparingTo("5000.00");

		// Proof of use with less spent than paid: the audit recognises it, the carrier is
		// heard, and the difference is clawed back.
		JsonNode costItems = expect(200, carrier.get("/api/v1/applications/" + id)).json().path("costItems");
		Api.Response proof = expect(201, carrier.post(path(id, "proof-of-use"), Map.of("spentAmount", amount("4600.00"),
				"report", "Zwölf Treffen mit 180 Teilnahmen.", "confirmed", true, "costItems",
				List.of(Map.of("costItemId", costItems.get(0).path("id").asLong(), "amount", amount("2800.00")),
						Map.of("costItemId", costItems.get(1).path("id").asLong(), "amount", amount("1800.00"))))));
		assertThat(proof.json().path("costItems").get(0).path("exceedsTolerance").asBoolean()).isFalse();
		assertThat(status(id)).isEqualTo("PROOF_IN_AUDIT");
		Api.Response audited = expect(200, reviewer.post(path(id, "proof-of-use/audit"), Map.of("accepted", true,
				"recognisedAmount", amount("4600.00"), "note", "400,00 € wurden nicht ausgegeben.")));
		assertThat(audited.text("status")).isEqualTo("HEARING");
		assertThat(taskNames(carrier, id)).containsExactly("Zur Anhörung Stellung nehmen");
		answerHearing(id, "Die 400 € wurden nicht gebraucht.");
		Api.Response decided = decideAfterHearing(id, "400.00", "Die Mittel wurden nicht verbraucht.");
		assertThat(decided.text("status")).isEqualTo("REPAYMENT_DUE");
		assertThat(decided.json().path("repaymentAmount").decimalValue()).isEqualByComparingTo("400.00");
		assertThat(taskNames(as(FINANCE), id)).containsExactly("Rückzahlung bestätigen");

		Api.Response repaid = expect(200, as(FINANCE).post(path(id, "repayment"), Map.of("amount", amount("400.00"))));
		assertThat(repaid.text("status")).isEqualTo("INTEREST_DUE");
		// Repaid on the day the grant became ineffective: no interest accrued, the case
		// worker waives it with reasons and the case closes.
		assertThat(taskNames(reviewer, id)).containsExactly("Zinsen festsetzen");
		assertThat(expect(200, reviewer.get(path(id, "interest"))).json().path("total").decimalValue())
			.isEqualByComparingTo("0.00");
		assertThat(expect(200,
				reviewer.post(path(id, "interest"),
						Map.of("waive", true, "reason",
								"Am Tag der Unwirksamkeit zurückgezahlt; keine Zinsen angefallen.")))
			.text("status")).isEqualTo("WAIVED");
		assertThat(status(id)).isEqualTo("CLOSED");

		// Every euro accounted for, every step in the audit log, nothing left to do.
		assertThat(moduleFigure(this.programme, "B", "committed")).isEqualByComparingTo("0.00");
		assertThat(moduleFigure(this.programme, "B", "disbursed")).isEqualByComparingTo("5000.00");
		assertThat(moduleFigure(this.programme, "B", "repaid")).isEqualByComparingTo("400.00");
		assertThat(moduleFigure(this.programme, "B", "available")).isEqualByComparingTo("35400.00");
		JsonNode application = expect(200, reviewer.get("/api/v1/applications/" + id)).json();
		List<String> statusChanges = new ArrayList<>();
		application.path("history").forEach((entry) -> {
			if (entry.hasNonNull("statusAfter")) {
				statusChanges.add(entry.path("statusAfter").asText());
			}
		});
		assertThat(statusChanges).containsExactly("SUBMITTED", "INCOMPLETE", "SUBMITTED", "IN_REVIEW", "IN_APPROVAL",
				"APPROVED", "ACTIVE", "PROOF_IN_AUDIT", "HEARING", "REPAYMENT_DUE", "INTEREST_DUE", "CLOSED");
		assertThat(application.path("history").findValuesAsText("actor")).contains(CARRIER_A, REVIEWER, APPROVER,
				FINANCE, FINANCE_2, REVIEWER_2);
		assertThat(application.path("documents").findValuesAsText("kind")).containsExactly("UPLOAD", "UPLOAD",
				"FORWARDING_CONTRACT", "SIGNED_CONTRACT", "HEARING_LETTER", "CLAWBACK_NOTICE");
		for (String person : List.of(CARRIER_A, REVIEWER, APPROVER, FINANCE)) {
			assertThat(taskNames(as(person), id)).as(person).isEmpty();
		}
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

	private List<BigDecimal> payoutsOf(long applicationId) {
		List<BigDecimal> amounts = new ArrayList<>();
		expect(200, as(FINANCE).get("/api/v1/payouts")).json().forEach((payout) -> {
			if (payout.path("applicationId").asLong() == applicationId) {
				amounts.add(payout.path("amount").decimalValue());
			}
		});
		return amounts;
	}

}
