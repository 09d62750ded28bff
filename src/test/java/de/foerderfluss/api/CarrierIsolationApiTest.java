package de.foerderfluss.api;

import java.util.Map;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A carrier sees and touches only its own organisation's objects; others do not exist for
 * it.
 */
class CarrierIsolationApiTest extends ApiTest {

	@Test
	void anotherCarriersObjectsAreNotFound() {
		String programme = this.fixtures.programme(Map.of("B", 20_000));
		long id = active(programme, "B", "3000.00");
		long fundCall = expect(201, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall("1000.00"))).id();
		long document = expect(201,
				as(CARRIER_A).upload(path(id, "documents"), "Beleg.pdf", "application/pdf", FullLifecycleApiTest.PDF))
			.id();
		Api other = as(CARRIER_B);

		Api.Response notFound = expect(404, other.get("/api/v1/applications/" + id));
		assertThat(notFound.contentType()).startsWith("application/problem+json");
		expect(404, other.get(path(id, "fund-calls")));
		expect(404, other.get("/api/v1/documents/" + document));
		expect(404, other.post(path(id, "fund-calls"), Requests.fundCall("100.00")));
		expect(404, other.post(path(id, "withdrawal")));
		expect(404, other.post(path(id, "resubmission")));
		expect(404, other.upload(path(id, "signed-contract"), "x.pdf", "application/pdf", FullLifecycleApiTest.PDF));
		expect(404, other.upload(path(id, "documents"), "x.pdf", "application/pdf", FullLifecycleApiTest.PDF));
		expect(404, other.post(path(id, "proof-of-use"), Map.of("spentAmount", 0, "report", "x", "confirmed", true,
				"costItems", java.util.List.of(Map.of("costItemId", 1, "amount", 0)))));

		assertThat(expect(200, other.get("/api/v1/applications")).json().findValuesAsText("fileNumber"))
			.doesNotContain(expect(200, as(CARRIER_A).get("/api/v1/applications/" + id)).text("fileNumber"));
		assertThat(expect(200, other.get("/api/v1/tasks")).json().findValuesAsText("applicationId"))
			.doesNotContain(String.valueOf(id));

		assertThat(status(id)).isEqualTo("ACTIVE");
		Api.Response fundCalls = expect(200, as(REVIEWER).get(path(id, "fund-calls")));
		assertThat(fundCalls.json()).hasSize(1);
		assertThat(fundCalls.json().get(0).path("id").asLong()).isEqualTo(fundCall);
		assertThat(fundCalls.json().get(0).path("status").asText()).isEqualTo("SUBMITTED");
	}

	@Test
	void theOwnCarrierSeesItsApplication() {
		String programme = this.fixtures.programme(Map.of("B", 20_000));
		long id = submit(programme, "B", "800.00");
		Api.Response own = expect(200, as(CARRIER_A).get("/api/v1/applications/" + id));
		assertThat(own.json().path("carrier").path("name").asText()).isEqualTo("Testverein A e.V.");
		assertThat(
				expect(200, as(CARRIER_A).get("/api/v1/applications?status=SUBMITTED")).json().findValuesAsText("id"))
			.contains(String.valueOf(id));
	}

}
