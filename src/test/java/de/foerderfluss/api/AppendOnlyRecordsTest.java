package de.foerderfluss.api;

import java.util.Map;

import de.foerderfluss.testing.ApiTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * On PostgreSQL the database itself refuses to change the audit log, the budget ledger
 * and the records of account and allocation changes.
 */
class AppendOnlyRecordsTest extends ApiTest {

	@Test
	void theAuditLogAndTheLedgerCannotBeRewritten() {
		requirePostgreSql();
		long id = inApproval(this.fixtures.programme(Map.of("B", 10_000)), "B", "1000.00");

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update ledger_entry set amount = 1 where application_id = ?", id))
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from audit_entry where application_id = ?", id))
			.withMessageContaining("append-only");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where application_id = ?", Integer.class,
				id))
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void theRecordsOfAccountAndAllocationChangesCannotBeRewritten() {
		requirePostgreSql();
		this.fixtures.programme(Map.of("B", 10_000));
		Long carrier = this.jdbc.queryForObject("select min(id) from carrier", Long.class);
		Long year = this.jdbc.queryForObject("select max(id) from funding_year", Long.class);
		this.jdbc.update(
				"insert into bank_account_change (carrier_id, iban, account_holder, changed_at, changed_by)"
						+ " values (?, 'DE62414500750001234567', 'Testverein A e.V.', now(), 'administrator')",
				carrier);
		this.jdbc.update("insert into allocation_change (funding_year_id, allocation, changed_at, changed_by)"
				+ " values (?, 10000, now(), 'administrator')", year);

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.jdbc.update("update bank_account_change set iban = 'DE00' where carrier_id = ?", carrier))
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from allocation_change where funding_year_id = ?", year))
			.withMessageContaining("append-only");
	}

	@Test
	void theHeadsOfTheHashChainsOnlyMoveOnAndNothingIsTruncated() {
		requirePostgreSql();
		long id = submit(this.fixtures.programme(Map.of("B", 10_000)), "B", "1000.00");

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc
				.update("update chain_head set last_position = 1 where kind = 'AUDIT_LOG' and owner_id = ?", id))
			.withMessageContaining("only moves on");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from chain_head where owner_id = ?", id))
			.withMessageContaining("only moves on");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.execute("truncate audit_entry, ledger_entry, chain_head"))
			.withMessageContaining("append-only");
	}

	private void requirePostgreSql() {
		String database = this.jdbc
			.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName());
		Assumptions.assumeTrue(database.startsWith("PostgreSQL"), "append-only triggers exist on PostgreSQL");
	}

}
