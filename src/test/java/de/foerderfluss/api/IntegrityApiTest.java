package de.foerderfluss.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.TestFixtures;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.Tampering.asSuperuser;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log and the budget ledger are hash chains: after a whole lifecycle every
 * chain is intact, and rows changed, deleted or reordered behind the application's back
 * are named, each once, at the entry where it shows. Only administrators may ask.
 */
class IntegrityApiTest extends ApiTest {

	private static final String INTEGRITY = "/api/v1/integrity";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void onlyAdministratorsCheckTheChains() {
		for (String user : List.of(TestFixtures.CARRIER_A, TestFixtures.REVIEWER, TestFixtures.APPROVER,
				TestFixtures.FINANCE)) {
			assertThat(expect(403, as(user).get(INTEGRITY)).contentType()).contains("application/problem+json");
		}
		expect(401, Api.anonymous(this.port).get(INTEGRITY));
		expect(200, as(TestFixtures.ADMIN).get(INTEGRITY));
	}

	@Test
	void anEditedAndADeletedRowAreNamedAfterALifecycleLeftEveryChainIntact() throws Exception {
		String programme = this.fixtures.programme(Map.of("B", 10_000));
		long id = active(programme, "B", "2000.00");
		paidOut(id, "1000.00");
		JsonNode intact = check();
		assertThat(intact.path("intact").asBoolean()).as("%s", intact).isTrue();
		assertThat(intact.path("chains")).isEmpty();
		assertThat(intact.findValues("kind")).extracting(JsonNode::asText)
			.containsExactly("AUDIT_LOG", "BUDGET_LEDGER");

		List<Map<String, Object>> history = this.jdbc
			.queryForList("select * from audit_entry where application_id = ? order by chain_position", id);
		assertThat(history).hasSizeGreaterThan(5);
		Map<String, Object> edited = history.get(1);
		Map<String, Object> deleted = history.get(3);
		Map<String, Object> booking = this.jdbc
			.queryForMap("select * from ledger_entry where application_id = ? and entry_type = 'PAYOUT'", id);
		try {
			asSuperuser(this.jdbc, (db) -> {
				db.update("update audit_entry set actor = 'someone else' where id = ?", edited.get("id"));
				db.update("delete from audit_entry where id = ?", deleted.get("id"));
				db.update("update ledger_entry set amount = 100.00 where id = ?", booking.get("id"));
			});

			JsonNode report = check();
			assertThat(report.path("intact").asBoolean()).isFalse();
			assertThat(report.path("chains")).isEqualTo(JSON.readTree("""
					[{"kind": "AUDIT_LOG", "owner": %d, "problems": [
					   {"problem": "EDITED", "position": 2, "entryId": %d},
					   {"problem": "DELETED", "position": 4, "missing": 1}]},
					 {"kind": "BUDGET_LEDGER", "owner": %d, "problems": [
					   {"problem": "EDITED", "position": %d, "entryId": %d}]}]
					""".formatted(id, edited.get("id"), booking.get("funding_module_id"), booking.get("chain_position"),
					booking.get("id"))));
		}
		finally {
			asSuperuser(this.jdbc, (db) -> {
				db.update("update audit_entry set actor = ? where id = ?", edited.get("actor"), edited.get("id"));
				db.update("update ledger_entry set amount = ? where id = ?", booking.get("amount"), booking.get("id"));
				restore(db, "audit_entry", deleted);
			});
		}
		assertThat(check().path("intact").asBoolean()).isTrue();
	}

	@Test
	void entriesWhoseIdsWereSwappedAreNamedAsReordered() {
		String programme = this.fixtures.programme(Map.of("B", 10_000));
		long id = inApproval(programme, "B", "1000.00");
		List<Long> ids = this.jdbc.queryForList(
				"select id from audit_entry where application_id = ? order by chain_position", Long.class, id);
		long first = ids.get(1);
		long second = ids.get(2);
		try {
			asSuperuser(this.jdbc, (db) -> swap(db, first, second));

			JsonNode report = check();
			assertThat(report.path("intact").asBoolean()).isFalse();
			assertThat(report.path("chains").path(0).path("owner").asLong()).isEqualTo(id);
			assertThat(report.path("chains").path(0).path("problems").toString())
				.isEqualTo("[{\"problem\":\"REORDERED\",\"position\":3,\"entryId\":%d}]".formatted(first));
		}
		finally {
			asSuperuser(this.jdbc, (db) -> swap(db, second, first));
		}
		assertThat(check().path("intact").asBoolean()).isTrue();
	}

	private JsonNode check() {
		return expect(200, as(TestFixtures.ADMIN).get(INTEGRITY)).json();
	}

	private static void swap(org.springframework.jdbc.core.JdbcTemplate db, long first, long second) {
		db.update("update audit_entry set id = ? where id = ?", -first, first);
		db.update("update audit_entry set id = ? where id = ?", first, second);
		db.update("update audit_entry set id = ? where id = ?", second, -first);
	}

	private static void restore(org.springframework.jdbc.core.JdbcTemplate db, String table, Map<String, Object> row) {
		String columns = String.join(", ", row.keySet());
		String marks = String.join(", ", row.keySet().stream().map((column) -> "?").toList());
		db.update("insert into " + table + " (" + columns + ") values (" + marks + ")", row.values().toArray());
	}

}
