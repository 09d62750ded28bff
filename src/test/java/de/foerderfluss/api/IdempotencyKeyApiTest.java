package de.foerderfluss.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A creating request sent again with the same Idempotency-Key takes effect once and gets
 * the first answer, also when the copies arrive at the same moment; the same key for
 * another body is refused, and without the header everything works as before.
 */
class IdempotencyKeyApiTest extends ApiTest {

	private static final int PARALLEL = 8;

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 100_000));
	}

	@Test
	void parallelCopiesOfOneSubmissionCreateOneApplication() throws Exception {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = Requests.application(this.programme, "B", "1000.00");
		ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Api.Response>> futures = new ArrayList<>();
		try {
			for (int i = 0; i < PARALLEL; i++) {
				Callable<Api.Response> submit = () -> {
					start.await();
					return keyed(CARRIER_A, key).post("/api/v1/applications", body);
				};
				futures.add(pool.submit(submit));
			}
			start.countDown();
			List<Api.Response> created = new ArrayList<>();
			for (Future<Api.Response> future : futures) {
				Api.Response response = future.get(2, TimeUnit.MINUTES);
				if (response.status() == 409) {
					assertThat(response.contentType()).startsWith("application/problem+json");
					assertThat(response.text("type")).isEqualTo("urn:foerderfluss:problem:request-in-progress");
					assertThat(response.headers().firstValue("Retry-After")).contains("1");
				}
				else {
					assertThat(response.status()).as("%s", response).isEqualTo(201);
					created.add(response);
				}
			}
			assertThat(created).isNotEmpty();
			assertThat(applications()).isEqualTo(1);

			Api.Response first = created.get(0);
			Api.Response again = expect(201, keyed(CARRIER_A, key).post("/api/v1/applications", body));
			created.add(again);
			for (Api.Response response : created) {
				assertThat(response.bytes()).isEqualTo(first.bytes());
				assertThat(response.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"))
					.contains("/api/v1/applications/" + first.id());
			}
			assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
			assertThat(applications()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRepeatedFundCallGetsTheFirstAnswerAndCallsOnce() {
		long id = active(this.programme, "B", "2400.00");
		String key = UUID.randomUUID().toString();
		Api.Response first = expect(201,
				keyed(CARRIER_A, key).post(path(id, "fund-calls"), Requests.fundCall("1000.00")));
		assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();

		Api.Response again = expect(201,
				keyed(CARRIER_A, key).post(path(id, "fund-calls"), Requests.fundCall("1000.00")));
		assertThat(again.bytes()).isEqualTo(first.bytes());
		assertThat(again.contentType()).isEqualTo(first.contentType());
		assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
		assertThat(this.jdbc.queryForObject("select count(*) from fund_call where application_id = ?", Long.class, id))
			.isEqualTo(1);
	}

	@Test
	void theSameKeyForAnotherBodyIsRefused() {
		String key = UUID.randomUUID().toString();
		expect(201, keyed(CARRIER_A, key).post("/api/v1/applications",
				Requests.application(this.programme, "B", "1000.00")));
		Api.Response other = expect(422, keyed(CARRIER_A, key).post("/api/v1/applications",
				Requests.application(this.programme, "B", "2000.00")));
		assertThat(other.contentType()).startsWith("application/problem+json");
		assertThat(other.text("type")).isEqualTo("urn:foerderfluss:problem:idempotency-key-reused");
		assertThat(other.text("detail")).contains("schon für eine andere Anfrage verwendet");
		expect(422, keyed(CARRIER_A, key).post("/api/v1/applications/1/withdrawal"));
		assertThat(applications()).isEqualTo(1);
	}

	@Test
	void withoutTheHeaderEverySubmissionCounts() {
		Map<String, Object> body = Requests.application(this.programme, "B", "1000.00");
		Api.Response first = expect(201, as(CARRIER_A).post("/api/v1/applications", body));
		Api.Response second = expect(201, as(CARRIER_A).post("/api/v1/applications", body));
		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(applications()).isEqualTo(2);
	}

	@Test
	void keysOfDifferentPeopleNeverMeet() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = Requests.application(this.programme, "B", "1000.00");
		long a = expect(201, keyed(CARRIER_A, key).post("/api/v1/applications", body)).id();
		long b = expect(201, keyed(CARRIER_B, key).post("/api/v1/applications", body)).id();
		assertThat(a).isNotEqualTo(b);
	}

	@Test
	void aRefusedRequestLeavesItsKeyFree() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> invalid = Requests.application(this.programme, "B", "1000.00");
		invalid.remove("title");
		expect(400, keyed(CARRIER_A, key).post("/api/v1/applications", invalid));
		expect(201, keyed(CARRIER_A, key).post("/api/v1/applications",
				Requests.application(this.programme, "B", "1000.00")));
		assertThat(applications()).isEqualTo(1);
	}

	@Test
	void anUploadSentAgainWithAnotherBoundaryIsStoredOnce() {
		long id = submit(this.programme, "B", "1000.00");
		String key = UUID.randomUUID().toString();
		Api.Response first = expect(201,
				keyed(CARRIER_A, key).upload(path(id, "documents"), "Satzung.pdf", "application/pdf", PDF));
		Api.Response again = expect(201,
				keyed(CARRIER_A, key).upload(path(id, "documents"), "Satzung.pdf", "application/pdf", PDF));
		assertThat(again.bytes()).isEqualTo(first.bytes());
		expect(422, keyed(CARRIER_A, key).upload(path(id, "documents"), "Anderes.pdf", "application/pdf", PDF));
		assertThat(this.jdbc.queryForObject("select count(*) from document where application_id = ?", Long.class, id))
			.isEqualTo(1);
	}

	@Test
	void anUnusableKeyIsRefused() {
		Api.Response refused = expect(400, keyed(CARRIER_A, "x".repeat(256)).post("/api/v1/applications",
				Requests.application(this.programme, "B", "1000.00")));
		assertThat(refused.text("type")).isEqualTo("urn:foerderfluss:problem:invalid-idempotency-key");
		expect(400, keyed(CARRIER_A, "zwei Wörter").post("/api/v1/applications",
				Requests.application(this.programme, "B", "1000.00")));
		assertThat(applications()).isZero();
	}

	@Test
	void aKeyExpiresAfterADay() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = Requests.application(this.programme, "B", "1000.00");
		long first = expect(201, keyed(CARRIER_A, key).post("/api/v1/applications", body)).id();
		this.time.advance(java.time.Duration.ofHours(25));
		long second = expect(201, keyed(CARRIER_A, key).post("/api/v1/applications", body)).id();
		assertThat(second).isNotEqualTo(first);
	}

	private Api keyed(String username, String key) {
		return as(username).withHeader("Idempotency-Key", key);
	}

	private long applications() {
		return this.jdbc
			.queryForObject(
					"select count(*) from application a join funding_year y on y.id = a.funding_year_id"
							+ " join programme p on p.id = y.programme_id where p.code = ?",
					Long.class, this.programme);
	}

}
