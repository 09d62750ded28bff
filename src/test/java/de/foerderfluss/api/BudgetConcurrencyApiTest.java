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
import java.util.function.Function;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariant 1 under load: 24 applications of 5.000 € are assessed and approved at the
 * same time against a budget of 50.000 €. Exactly ten get the money, the others are
 * refused with the reason, and the ledger adds up.
 */
class BudgetConcurrencyApiTest extends ApiTest {

	private static final int APPLICATIONS = 24;

	private static final int COVERED = 10;

	@Test
	void concurrentApprovalsNeverOvercommitTheBudget() throws Exception {
		String programme = this.fixtures.programme(Map.of("B", 50_000));
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < APPLICATIONS; i++) {
			ids.add(inReview(programme, "B", "5000.00"));
		}

		List<Api.Response> assessed = allAtOnce(ids,
				(id) -> as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("5000.00")));

		assertThat(assessed).allSatisfy((response) -> assertThat(response.status()).as("%s", response).isEqualTo(200));
		List<Long> inApproval = new ArrayList<>();
		for (int i = 0; i < APPLICATIONS; i++) {
			Api.Response response = assessed.get(i);
			if ("IN_APPROVAL".equals(response.text("status"))) {
				inApproval.add(ids.get(i));
			}
			else {
				assertThat(response.text("status")).isEqualTo("REJECTED");
				assertThat(response.text("rejectionReason")).as("reason of a refusal")
					.contains("Baustein B", "reichen für diesen Antrag nicht aus", "5.000,00 €");
			}
		}
		assertThat(inApproval).hasSize(COVERED);
		assertThat(moduleFigure(programme, "B", "reserved")).isEqualByComparingTo("50000.00");
		assertThat(moduleFigure(programme, "B", "available")).isEqualByComparingTo("0.00");

		List<Api.Response> decided = allAtOnce(inApproval,
				(id) -> as(APPROVER).post(path(id, "decision"), Requests.approve("5000.00")));

		assertThat(decided)
			.allSatisfy((response) -> assertThat(response.text("status")).as("%s", response).isEqualTo("APPROVED"));
		assertThat(moduleFigure(programme, "B", "committed")).isEqualByComparingTo("50000.00");
		assertThat(moduleFigure(programme, "B", "reserved")).isEqualByComparingTo("0.00");
		assertLedgerReconciles(programme, new BigDecimal("50000.00"));
	}

	@Test
	void anApprovalTheBudgetCannotCoverIsRefusedAndChangesNothing() {
		String programme = this.fixtures.programme(Map.of("B", 6_000));
		approved(programme, "B", "5000.00");
		long id = inReview(programme, "B", "2000.00");
		expect(200, as(REVIEWER).post(path(id, "assessment"),
				Map.of("recommendation", "REJECT", "justification", "Kein Bedarf erkennbar.")));

		Api.Response refused = expect(409, as(APPROVER).post(path(id, "decision"), Requests.approve("2000.00")));

		assertThat(refused.text("type")).isEqualTo("urn:foerderfluss:problem:budget-exhausted");
		assertThat(refused.text("detail")).contains("verfügbar 1.000,00 €", "benötigt 2.000,00 €");
		assertThat(status(id)).isEqualTo("IN_APPROVAL");
		assertThat(moduleFigure(programme, "B", "available")).isEqualByComparingTo("1000.00");
		assertLedgerReconciles(programme, new BigDecimal("6000.00"));
	}

	private static List<Api.Response> allAtOnce(List<Long> ids, Function<Long, Api.Response> step) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(ids.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Api.Response>> futures = new ArrayList<>();
			for (Long id : ids) {
				Callable<Api.Response> call = () -> {
					start.await();
					return step.apply(id);
				};
				futures.add(pool.submit(call));
			}
			start.countDown();
			List<Api.Response> responses = new ArrayList<>();
			for (Future<Api.Response> future : futures) {
				responses.add(future.get(2, TimeUnit.MINUTES));
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The ledger entries add up per application to the figures per module, and what is
	 * bound never exceeds the allocation.
	 */
	private void assertLedgerReconciles(String programme, BigDecimal allocation) {
		String perModule = """
				select coalesce(sum(case e.entry_type when 'RESERVATION' then e.amount when 'RESERVATION_RELEASE' then -e.amount
				                    when 'COMMITMENT' then -e.amount else 0 end), 0) as reserved,
				       coalesce(sum(case e.entry_type when 'COMMITMENT' then e.amount when 'COMMITMENT_RELEASE' then -e.amount
				                    when 'PAYOUT' then -e.amount else 0 end), 0) as committed,
				       coalesce(sum(case e.entry_type when 'PAYOUT' then e.amount else 0 end), 0) as disbursed,
				       coalesce(sum(case e.entry_type when 'REPAYMENT' then e.amount else 0 end), 0) as repaid
				from ledger_entry e join funding_module m on m.id = e.funding_module_id
				join funding_year y on y.id = m.funding_year_id join programme p on p.id = y.programme_id
				where p.code = ? and m.code = 'B'
				""";
		Map<String, Object> sums = this.jdbc.queryForMap(perModule, programme);
		BigDecimal reserved = (BigDecimal) sums.get("reserved");
		BigDecimal committed = (BigDecimal) sums.get("committed");
		BigDecimal disbursed = (BigDecimal) sums.get("disbursed");
		BigDecimal repaid = (BigDecimal) sums.get("repaid");
		assertThat(reserved).isEqualByComparingTo(moduleFigure(programme, "B", "reserved"));
		assertThat(committed).isEqualByComparingTo(moduleFigure(programme, "B", "committed"));
		assertThat(reserved.add(committed).add(disbursed).subtract(repaid)).isLessThanOrEqualTo(allocation);

		List<BigDecimal> perApplication = this.jdbc.queryForList("""
				select sum(case e.entry_type when 'RESERVATION' then e.amount when 'RESERVATION_RELEASE' then -e.amount
				           when 'COMMITMENT_RELEASE' then -e.amount when 'REPAYMENT' then -e.amount else 0 end)
				from ledger_entry e join application a on a.id = e.application_id
				join funding_module m on m.id = e.funding_module_id join funding_year y on y.id = m.funding_year_id
				join programme p on p.id = y.programme_id where p.code = ? group by e.application_id
				""", BigDecimal.class, programme);
		assertThat(perApplication.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(reserved.add(committed).add(disbursed).subtract(repaid));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from application a join funding_year y on y.id = a.funding_year_id
				join programme p on p.id = y.programme_id
				where p.code = ? and a.status = 'REJECTED'
				and exists (select 1 from ledger_entry e where e.application_id = a.id
				            and e.entry_type in ('COMMITMENT', 'PAYOUT'))
				""", Integer.class, programme)).isZero();
	}

}
