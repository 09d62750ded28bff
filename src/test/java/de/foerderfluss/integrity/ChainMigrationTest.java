package de.foerderfluss.integrity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import db.migration.common.V14__Chain_the_audit_log_and_the_ledger;
import de.foerderfluss.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V14 chains the entries written before it exactly as the application chains
 * new ones: run over the entries of a whole lifecycle, its hashing gives every entry the
 * place and hash the application gave it.
 */
class ChainMigrationTest extends ApiTest {

	@Test
	void theMigrationHashesEntriesAsTheApplicationDoes() {
		long id = active(this.fixtures.programme(Map.of("B", 10_000)), "B", "2000.00");
		paidOut(id, "1000.00");

		Map<Long, Chained> auditLog = new HashMap<>();
		Map<Long, Chained> ledger = new HashMap<>();
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			V14__Chain_the_audit_log_and_the_ledger.chainAuditLog(connection, collectInto(auditLog));
			V14__Chain_the_audit_log_and_the_ledger.chainLedger(connection, collectInto(ledger));
			return null;
		});

		assertThat(auditLog).isNotEmpty().isEqualTo(stored("audit_entry"));
		assertThat(ledger).isNotEmpty().isEqualTo(stored("ledger_entry"));
	}

	private Map<Long, Chained> stored(String table) {
		Map<Long, Chained> stored = new HashMap<>();
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select id, chain_position, previous_hash, entry_hash from " + table);
		for (Map<String, Object> row : rows) {
			stored.put(((Number) row.get("id")).longValue(),
					new Chained(((Number) row.get("chain_position")).longValue(), (String) row.get("previous_hash"),
							(String) row.get("entry_hash")));
		}
		return stored;
	}

	/** Chains as the migration does, in id order per owner, without writing. */
	private static V14__Chain_the_audit_log_and_the_ledger.Sink collectInto(Map<Long, Chained> chained) {
		Map<Long, ChainLink> next = new HashMap<>();
		return (owner, id, form) -> {
			ChainLink link = next.getOrDefault(owner, ChainLink.FIRST);
			String hash = form.hash(link);
			chained.put(id, new Chained(link.position(), link.previousHash(), hash));
			next.put(owner, link.next(hash));
		};
	}

	record Chained(long position, String previousHash, String hash) {
	}

}
