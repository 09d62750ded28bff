package de.foerderfluss.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.LockWaits;
import de.foerderfluss.testing.Requests;
import de.foerderfluss.testing.TestFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appends to one chain at the same moment follow one another under the lock of the
 * chain's head, so the chain stays one line: positions without gaps or twins, each entry
 * linked to the one committed before it.
 */
class ChainConcurrencyApiTest extends ApiTest {

	private static final int WRITERS = 16;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

	@AfterEach
	void stopWriters() {
		this.pool.shutdownNow();
	}

	@Test
	void anAppendWaitsForTheHeadOfItsChainAndLinksToWhatWasCommittedBefore() throws Exception {
		long id = submit(this.fixtures.programme(Map.of("B", 10_000)), "B", "1000.00");
		CountDownLatch appended = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		Future<?> first = this.pool.submit(() -> inTransaction(() -> {
			note(id, "first");
			appended.countDown();
			awaitQuietly(commit);
		}));
		appended.await(1, TimeUnit.MINUTES);
		Future<?> second = this.pool.submit(() -> inTransaction(() -> note(id, "second")));

		LockWaits.in(this.jdbc).awaitWaitingTransaction();
		commit.countDown();
		first.get(1, TimeUnit.MINUTES);
		second.get(1, TimeUnit.MINUTES);

		List<Map<String, Object>> chain = auditChainOf(id);
		assertThat(chain.subList(chain.size() - 2, chain.size())).extracting((entry) -> entry.get("detail"))
			.containsExactly("first", "second");
		assertLinked(chain);
	}

	@Test
	void parallelAppendsToTheLogOfOneCaseFormOneChain() throws Exception {
		long id = submit(this.fixtures.programme(Map.of("B", 10_000)), "B", "1000.00");
		int before = auditChainOf(id).size();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> writers = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			String note = "note " + i;
			writers.add(this.pool.submit(() -> {
				awaitQuietly(start);
				inTransaction(() -> {
					note(id, note);
					note(id, note + " again");
				});
			}));
		}
		start.countDown();
		for (Future<?> writer : writers) {
			writer.get(2, TimeUnit.MINUTES);
		}

		List<Map<String, Object>> chain = auditChainOf(id);
		assertThat(chain).hasSize(before + 2 * WRITERS);
		assertLinked(chain);
		assertIntact();
	}

	@Test
	void parallelBookingsOnOneBudgetLineFormOneChain() throws Exception {
		String programme = this.fixtures.programme(Map.of("B", 100_000));
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			ids.add(inReview(programme, "B", "1000.00"));
		}
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Api.Response>> assessments = new ArrayList<>();
		for (long id : ids) {
			assessments.add(this.pool.submit(() -> {
				start.await();
				return as(TestFixtures.REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("1000.00"));
			}));
		}
		start.countDown();
		for (Future<Api.Response> assessment : assessments) {
			expect(200, assessment.get(2, TimeUnit.MINUTES));
		}

		List<Map<String, Object>> chain = this.jdbc.queryForList("""
				select chain_position, previous_hash, entry_hash from ledger_entry
				where funding_module_id = (select funding_module_id from application where id = ?)
				order by chain_position""", ids.get(0));
		assertThat(chain).hasSize(WRITERS);
		assertLinked(chain);
		assertIntact();
	}

	private void note(long applicationId, String text) {
		this.events.publishEvent(new Noted(applicationId, text));
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> work.run());
	}

	private List<Map<String, Object>> auditChainOf(long applicationId) {
		return this.jdbc.queryForList("select chain_position, previous_hash, entry_hash, detail from audit_entry"
				+ " where application_id = ? order by chain_position", applicationId);
	}

	/** Positions 1, 2, 3 … and each entry's previous hash the hash of the one before. */
	private static void assertLinked(List<Map<String, Object>> chain) {
		assertThat(chain).extracting((entry) -> ((Number) entry.get("chain_position")).longValue())
			.containsExactlyElementsOf(LongStream.rangeClosed(1, chain.size()).boxed().toList());
		for (int i = 1; i < chain.size(); i++) {
			assertThat(chain.get(i).get("previous_hash")).as("link of position %d", i + 1)
				.isEqualTo(chain.get(i - 1).get("entry_hash"));
		}
	}

	private void assertIntact() {
		Api.Response report = expect(200, as(TestFixtures.ADMIN).get("/api/v1/integrity"));
		assertThat(report.json().path("intact").asBoolean()).as("%s", report).isTrue();
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A note in a case's history, as any module's event would write one. */
	record Noted(Long applicationId, String text) implements CaseHistoryEvent {

		@Override
		public CaseAction action() {
			return CaseAction.DOCUMENT_UPLOADED;
		}

	}

}
