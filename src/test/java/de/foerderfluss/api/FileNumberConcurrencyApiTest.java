package de.foerderfluss.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * File numbers stay unique and without gaps when carriers submit at the same moment:
 * every submission succeeds and the numbers run from 1 to the last one.
 */
class FileNumberConcurrencyApiTest extends ApiTest {

	private static final int SUBMISSIONS = 16;

	@Test
	void parallelSubmissionsGetConsecutiveFileNumbers() throws Exception {
		String programme = this.fixtures.programme(Map.of("B", 100_000));
		ExecutorService pool = Executors.newFixedThreadPool(SUBMISSIONS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Api.Response>> futures = new ArrayList<>();
		try {
			for (int i = 0; i < SUBMISSIONS; i++) {
				String carrier = (i % 2 == 0) ? CARRIER_A : CARRIER_B;
				Callable<Api.Response> submit = () -> {
					start.await();
					return as(carrier).post("/api/v1/applications", Requests.application(programme, "B", "1000.00"));
				};
				futures.add(pool.submit(submit));
			}
			start.countDown();
			List<String> fileNumbers = new ArrayList<>();
			for (Future<Api.Response> future : futures) {
				Api.Response response = future.get(2, TimeUnit.MINUTES);
				assertThat(response.status()).as("%s", response).isEqualTo(201);
				fileNumbers.add(response.text("fileNumber"));
			}
			assertThat(fileNumbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, SUBMISSIONS)
				.mapToObj((number) -> "%s-2026-%04d".formatted(programme, number))
				.toList());
		}
		finally {
			pool.shutdownNow();
		}
	}

}
