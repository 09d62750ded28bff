package de.foerderfluss.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Pdf;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled templates are shared: 20 statements rendered at once each show only their
 * own payout.
 */
class StatementConcurrencyApiTest extends ApiTest {

	private static final int THREADS = 20;

	@Test
	void twentyStatementsAtOnceEachShowExactlyTheirOwnPayout() throws Exception {
		String programme = this.fixtures.programme(Map.of("B", 50_000));
		long id = active(programme, "B", "5000.00");
		List<Long> payouts = new ArrayList<>();
		List<String> amounts = new ArrayList<>();
		for (int i = 1; i <= THREADS; i++) {
			String amount = new BigDecimal("100.00").add(new BigDecimal(i).movePointLeft(2)).toPlainString();
			long fundCall = expect(201, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall(amount))).id();
			expect(200, as(REVIEWER).post("/api/v1/fund-calls/" + fundCall + "/verification", Requests.correct()));
			payouts.add(expect(200, as(FINANCE).post("/api/v1/fund-calls/" + fundCall + "/release")).json()
				.path("payoutId")
				.asLong());
			amounts.add("100," + String.format("%02d", i) + " €");
		}

		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Api.Response>> futures = new ArrayList<>();
		try {
			for (Long payout : payouts) {
				futures.add(pool.submit(() -> {
					start.await();
					return as(FINANCE).get("/api/v1/payouts/" + payout + "/statement");
				}));
			}
			start.countDown();
			for (int i = 0; i < THREADS; i++) {
				Api.Response response = futures.get(i).get(2, TimeUnit.MINUTES);
				assertThat(response.status()).as("%s", response).isEqualTo(200);
				String text = Pdf.of(response.bytes()).flatText();
				assertThat(text).contains("Auszahlungsanordnung Nr. " + payouts.get(i), amounts.get(i), "Mittelabruf",
						"Paula Prüfer", "Karl Kasse");
				for (int other = 0; other < THREADS; other++) {
					if (other != i) {
						assertThat(text).doesNotContain("Auszahlungsanordnung Nr. " + payouts.get(other) + " ")
							.doesNotContain(amounts.get(other));
					}
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
