package de.foerderfluss.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many release orders for one fund call at the same moment: one pays, every other is
 * refused with 409 like a second release later, and nothing is paid twice. Release orders
 * for different fund calls of one application at the same moment all pay, and the sums
 * add up.
 */
class ReleaseConcurrencyApiTest extends ApiTest {

	private static final int RELEASES = 12;

	private static final int FUND_CALLS = 8;

	@Test
	void parallelReleasesOfOneFundCallPayOnceAndRefuseTheRestWithAConflict() throws Exception {
		String programme = this.fixtures.programme(Map.of("B", 10_000));
		long id = active(programme, "B", "2000.00");
		long fundCall = expect(201, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall("2000.00"))).id();
		expect(200, as(REVIEWER).post("/api/v1/fund-calls/" + fundCall + "/verification", Requests.correct()));

		ExecutorService pool = Executors.newFixedThreadPool(RELEASES);
		CountDownLatch start = new CountDownLatch(1);
		List<Integer> statuses = new ArrayList<>();
		try {
			List<Future<Api.Response>> futures = new ArrayList<>();
			for (int i = 0; i < RELEASES; i++) {
				Callable<Api.Response> release = () -> {
					start.await();
					return as(FINANCE).post("/api/v1/fund-calls/" + fundCall + "/release");
				};
				futures.add(pool.submit(release));
			}
			start.countDown();
			for (Future<Api.Response> future : futures) {
				Api.Response response = future.get(2, TimeUnit.MINUTES);
				assertThat(response.status()).as("%s", response).isIn(200, 409);
				statuses.add(response.status());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(statuses).containsOnlyOnce(200);
		assertThat(this.jdbc.queryForObject("select count(*) from payout where fund_call_id = ?", Long.class, fundCall))
			.isEqualTo(1L);
		assertThat(moduleFigure(programme, "B", "disbursed")).isEqualByComparingTo("2000.00");
	}

	@Test
	void parallelReleasesOfDifferentFundCallsOfOneApplicationAllPay() throws Exception {
		String programme = this.fixtures.programme(Map.of("B", 10_000));
		long id = active(programme, "B", "4000.00");
		List<Long> calls = new ArrayList<>();
		for (int i = 0; i < FUND_CALLS; i++) {
			long fundCall = expect(201, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall("500.00"))).id();
			expect(200, as(REVIEWER).post("/api/v1/fund-calls/" + fundCall + "/verification", Requests.correct()));
			calls.add(fundCall);
		}

		ExecutorService pool = Executors.newFixedThreadPool(FUND_CALLS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Api.Response>> futures = new ArrayList<>();
			for (long fundCall : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return as(FINANCE).post("/api/v1/fund-calls/" + fundCall + "/release");
				}));
			}
			start.countDown();
			for (Future<Api.Response> future : futures) {
				expect(200, future.get(2, TimeUnit.MINUTES));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from payout where application_id = ?", Long.class, id))
			.isEqualTo((long) FUND_CALLS);
		assertThat(this.jdbc.queryForObject("select sum(amount) from payout where application_id = ?", BigDecimal.class,
				id))
			.isEqualByComparingTo("4000.00");
		assertThat(this.jdbc.queryForObject("select paid_amount from grant_account where application_id = ?",
				BigDecimal.class, id))
			.isEqualByComparingTo("4000.00");
		assertThat(moduleFigure(programme, "B", "disbursed")).isEqualByComparingTo("4000.00");
		assertThat(moduleFigure(programme, "B", "committed")).isEqualByComparingTo("0.00");
		assertThat(
				expect(200, as(CARRIER_A).get("/api/v1/applications/" + id)).json().path("paidAmount").decimalValue())
			.isEqualByComparingTo("4000.00");
	}

}
