package de.foerderfluss.api;

import java.util.Map;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.APPROVER_2;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_APPROVER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

/** Nobody acts alone on money, even when holding both roles. */
class FourEyesApiTest extends ApiTest {

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	@Test
	void theAssessorCannotDecideEvenWithTheApproverRole() {
		long id = inReview(this.programme, "B", "3000.00");
		expect(200, as(REVIEWER_APPROVER).post(path(id, "assessment"), Requests.recommendApproval("3000.00")));

		Api.Response refused = expect(403,
				as(REVIEWER_APPROVER).post(path(id, "decision"), Requests.approve("3000.00")));

		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.text("type")).isEqualTo("urn:foerderfluss:problem:four-eyes");
		assertThat(refused.text("detail")).contains("fachlich geprüft", "andere Person");
		assertThat(status(id)).isEqualTo("IN_APPROVAL");
		assertThat(expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve("3000.00"))).text("status"))
			.isEqualTo("APPROVED");
	}

	@Test
	void theVerifierCannotReleaseThePayout() {
		long id = active(this.programme, "B", "2000.00");
		long fundCall = expect(201, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall("2000.00"))).id();
		expect(200, as(REVIEWER_FINANCE).post("/api/v1/fund-calls/" + fundCall + "/verification", Requests.correct()));

		Api.Response refused = expect(403, as(REVIEWER_FINANCE).post("/api/v1/fund-calls/" + fundCall + "/release"));

		assertThat(refused.text("detail")).contains("sachlich richtig bestätigt");
		assertThat(moduleFigure(this.programme, "B", "disbursed")).isEqualByComparingTo("0.00");
		expect(200, as(FINANCE).post("/api/v1/fund-calls/" + fundCall + "/release"));
		assertThat(moduleFigure(this.programme, "B", "disbursed")).isEqualByComparingTo("2000.00");
	}

	@Test
	void anAmountAboveTheThresholdNeedsASecondApproverWhoNeitherAssessedNorDecided() {
		long id = inReview(this.programme, "B", "11000.00");
		expect(200, as(REVIEWER_APPROVER).post(path(id, "assessment"), Requests.recommendApproval("11000.00")));
		Api.Response decided = expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve("11000.00")));
		assertThat(decided.text("status")).isEqualTo("IN_APPROVAL");

		assertThat(expect(403, as(APPROVER).post(path(id, "decision"), Requests.approve("11000.00"))).text("detail"))
			.contains("Mitzeichnung");
		assertThat(expect(403, as(REVIEWER_APPROVER).post(path(id, "decision"), Requests.approve("11000.00")))
			.text("detail")).contains("fachlich geprüft");
		assertThat(status(id)).isEqualTo("IN_APPROVAL");

		Api.Response coSigned = expect(200, as(APPROVER_2).post(path(id, "decision"), Map.of("approved", true)));
		assertThat(coSigned.text("status")).isEqualTo("APPROVED");
		assertThat(coSigned.json().path("approvedAmount").decimalValue()).isEqualByComparingTo("11000.00");
	}

}
