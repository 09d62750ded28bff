package de.foerderfluss.api;

import java.util.Map;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

class RejectionAndWithdrawalApiTest extends ApiTest {

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 20_000, "C", 500));
	}

	@Test
	void aRejectionReleasesTheReservationAndGivesTheReason() {
		long id = inApproval(this.programme, "B", "4000.00");
		assertThat(moduleFigure(this.programme, "B", "reserved")).isEqualByComparingTo("4000.00");

		Api.Response rejected = expect(200, as(APPROVER).post(path(id, "decision"),
				Map.of("approved", false, "reason", "Die Maßnahme ist bereits anderweitig finanziert.")));

		assertThat(rejected.text("status")).isEqualTo("REJECTED");
		assertThat(rejected.text("rejectionReason")).isEqualTo("Die Maßnahme ist bereits anderweitig finanziert.");
		assertThat(moduleFigure(this.programme, "B", "reserved")).isEqualByComparingTo("0.00");
		expect(409, signedContract(CARRIER_A, id));
		expect(409, as(CARRIER_A).post(path(id, "withdrawal")));
	}

	@Test
	void aRejectionNeedsAReasonAndChangesNothingWithoutOne() {
		long id = inApproval(this.programme, "B", "1000.00");
		Api.Response refused = expect(400, as(APPROVER).post(path(id, "decision"), Map.of("approved", false)));
		assertThat(refused.fieldErrors("reason")).isNotEmpty();
		assertThat(status(id)).isEqualTo("IN_APPROVAL");
	}

	@Test
	void aModuleBudgetThatIsTooSmallEndsInRejectionWithTheReason() {
		long id = inReview(this.programme, "C", "900.00");
		Api.Response assessed = expect(200,
				as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("900.00")));
		assertThat(assessed.text("status")).isEqualTo("REJECTED");
		assertThat(assessed.text("rejectionReason")).contains(this.programme + " 2026 Baustein C",
				"verfügbar: 500,00 €", "900,00 €");
		assertThat(moduleFigure(this.programme, "C", "reserved")).isEqualByComparingTo("0.00");
	}

	@Test
	void withdrawingAnActiveCaseReleasesTheCommitmentAndCancelsOpenFundCalls() {
		long id = active(this.programme, "B", "3000.00");
		long fundCall = expect(201, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall("1000.00"))).id();
		assertThat(moduleFigure(this.programme, "B", "committed")).isEqualByComparingTo("3000.00");

		Api.Response withdrawn = expect(200, as(CARRIER_A).post(path(id, "withdrawal"),
				Map.of("reason", "Der Raum steht nicht mehr zur Verfügung.")));

		assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
		assertThat(moduleFigure(this.programme, "B", "committed")).isEqualByComparingTo("0.00");
		assertThat(expect(200, as(CARRIER_A).get(path(id, "fund-calls"))).json().get(0).path("status").asText())
			.isEqualTo("CANCELLED");
		assertThat(expect(200, as(REVIEWER).get("/api/v1/tasks")).json().findValuesAsText("fundCallId"))
			.doesNotContain(String.valueOf(fundCall));
		expect(409, as(REVIEWER).post("/api/v1/fund-calls/" + fundCall + "/verification", Requests.correct()));
	}

	@Test
	void withdrawingBeforeTheDecisionReleasesTheReservation() {
		long id = inApproval(this.programme, "B", "2500.00");
		expect(200, as(CARRIER_A).post(path(id, "withdrawal")));
		assertThat(status(id)).isEqualTo("WITHDRAWN");
		assertThat(moduleFigure(this.programme, "B", "reserved")).isEqualByComparingTo("0.00");
		expect(409, as(APPROVER).post(path(id, "decision"), Requests.approve("2500.00")));
	}

	@Test
	void noWithdrawalAfterTheFirstPayout() {
		long id = active(this.programme, "B", "2000.00");
		paidOut(id, "500.00");
		Api.Response refused = expect(409, as(CARRIER_A).post(path(id, "withdrawal")));
		assertThat(refused.text("detail")).contains("ersten Auszahlung");
		assertThat(status(id)).isEqualTo("ACTIVE");
	}

}
