package de.foerderfluss.cluster;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.Api;

/**
 * The invariants of DESIGN, read from the shared database and through the API after the
 * run. Each check records what it looked at; a broken one records what broke.
 */
final class Invariants {

	private final Connection database;

	private final Api finance;

	private final Api administrator;

	private final List<String> held = new ArrayList<>();

	private final List<String> broken = new ArrayList<>();

	Invariants(Connection database, Api finance, Api administrator) {
		this.database = database;
		this.finance = finance;
		this.administrator = administrator;
	}

	List<String> held() {
		return this.held;
	}

	List<String> broken() {
		return this.broken;
	}

	void check(List<ClusterDriver.Case> cases) throws SQLException {
		String ids = cases.stream().map((c) -> String.valueOf(c.id())).collect(Collectors.joining(","));
		Set<Long> fundCalls = cases.stream().flatMap((c) -> c.fundCalls().stream()).collect(Collectors.toSet());
		noPayoutTwice();
		noPayoutLost(fundCalls);
		verifiedFundCallsReleasedOrWaiting();
		budgetIdentity();
		paidMatchesPayouts();
		holds("every driven application is CLOSED",
				count("select count(*) from application where id in (" + ids + ") and status <> 'CLOSED'"), 0);
		holds("no incident left", count("select count(*) from act_ru_incident"), 0);
		holds("no job out of retries", count("select count(*) from act_ru_job where retries_ = 0"), 0);
		auditChainsIntact();
	}

	private void noPayoutTwice() throws SQLException {
		holds("no fund call paid twice", count(
				"select count(*) from (select fund_call_id from payout group by fund_call_id having count(*) > 1) twice"),
				0);
	}

	private void noPayoutLost(Set<Long> fundCalls) throws SQLException {
		String ids = fundCalls.stream().map(String::valueOf).collect(Collectors.joining(","));
		holds("every raced fund call paid exactly once (" + fundCalls.size() + ")",
				count("select count(*) from payout where fund_call_id in (" + ids + ")"), fundCalls.size());
	}

	/**
	 * A verified fund call without a payout must still be waiting for its release task.
	 */
	private void verifiedFundCallsReleasedOrWaiting() throws SQLException {
		List<Long> unpaid = longs("select f.id from fund_call f where f.status = 'VERIFIED'"
				+ " and not exists (select 1 from payout p where p.fund_call_id = f.id)");
		Set<Long> waiting = new java.util.HashSet<>();
		this.finance.get("/api/v1/tasks").json().forEach((task) -> {
			if (task.hasNonNull("fundCallId")) {
				waiting.add(task.path("fundCallId").asLong());
			}
		});
		List<Long> stranded = unpaid.stream().filter((id) -> !waiting.contains(id)).toList();
		holds("every verified fund call released once or waiting with its release task (" + unpaid.size() + " waiting)",
				stranded.size(), 0);
		holds("no released fund call without its payout",
				count("select count(*) from fund_call f where f.status = 'RELEASED'"
						+ " and not exists (select 1 from payout p where p.fund_call_id = f.id)"),
				0);
	}

	/** allocated = available + reserved + committed + disbursed − repaid, to the cent. */
	private void budgetIdentity() throws SQLException {
		JsonNode budget = this.finance.get("/api/v1/budgets/2026?programme=KA").json();
		Map<String, BigDecimal> payoutsByModule = sums("select m.code, sum(p.amount) from payout p"
				+ " join application a on a.id = p.application_id join funding_module m on m.id = a.funding_module_id"
				+ " group by m.code");
		Map<String, BigDecimal> repaidByModule = sums("select m.code, sum(c.repaid_amount) from clawback c"
				+ " join application a on a.id = c.application_id join funding_module m on m.id = a.funding_module_id"
				+ " group by m.code");
		for (JsonNode module : budget.path("modules")) {
			String code = module.path("code").asText();
			BigDecimal allocated = module.path("allocated").decimalValue();
			BigDecimal sum = module.path("available")
				.decimalValue()
				.add(module.path("reserved").decimalValue())
				.add(module.path("committed").decimalValue())
				.add(module.path("disbursed").decimalValue())
				.subtract(module.path("repaid").decimalValue());
			holds("budget identity of module " + code + " (allocated " + allocated + ")", sum.compareTo(allocated), 0);
			holds("disbursed of module " + code + " equals its payouts",
					module.path("disbursed")
						.decimalValue()
						.compareTo(payoutsByModule.getOrDefault(code, BigDecimal.ZERO)),
					0);
			holds("repaid of module " + code + " equals the repayments booked",
					module.path("repaid").decimalValue().compareTo(repaidByModule.getOrDefault(code, BigDecimal.ZERO)),
					0);
		}
		holds("the budget lists modules", budget.path("modules").size() > 0 ? 0 : 1, 0);
	}

	private void paidMatchesPayouts() throws SQLException {
		holds("every grant account's paid amount is the sum of its payouts, within what was called and approved",
				count("select count(*) from grant_account g where g.paid_amount <> coalesce((select sum(p.amount)"
						+ " from payout p where p.application_id = g.application_id), 0) or g.paid_amount > g.called_amount"
						+ " or g.called_amount > g.approved_amount"),
				0);
	}

	private void auditChainsIntact() {
		Api.Response integrity = this.administrator.get("/api/v1/integrity");
		holds("audit log and budget ledger hash chains intact",
				(integrity.status() == 200 && integrity.json().path("intact").asBoolean()) ? 0 : 1, 0);
	}

	/** Successful timer jobs per node, from Camunda's job log. */
	Map<String, Long> timersByNode() throws SQLException {
		Map<String, Long> timers = new TreeMap<>();
		try (PreparedStatement statement = this.database
			.prepareStatement("select hostname_, count(*) from act_hi_job_log"
					+ " where job_def_type_ like 'timer%' and job_state_ = 2 group by hostname_");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				timers.put(rows.getString(1), rows.getLong(2));
			}
		}
		return timers;
	}

	/** Jobs of any kind (notices, mails, timers) completed per node. */
	Map<String, Long> jobsByNode() throws SQLException {
		Map<String, Long> jobs = new TreeMap<>();
		try (PreparedStatement statement = this.database
			.prepareStatement("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				jobs.put(rows.getString(1), rows.getLong(2));
			}
		}
		return jobs;
	}

	void holds(String invariant, long actual, long expected) {
		if (actual == expected) {
			this.held.add(invariant);
		}
		else {
			this.broken.add(invariant + ": expected " + expected + ", found " + actual);
		}
	}

	private long count(String sql) throws SQLException {
		try (PreparedStatement statement = this.database.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private List<Long> longs(String sql) throws SQLException {
		List<Long> values = new ArrayList<>();
		try (PreparedStatement statement = this.database.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				values.add(rows.getLong(1));
			}
		}
		return values;
	}

	private Map<String, BigDecimal> sums(String sql) throws SQLException {
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		try (PreparedStatement statement = this.database.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				sums.put(rows.getString(1), rows.getBigDecimal(2));
			}
		}
		return sums;
	}

}
