package de.foerderfluss.api;

import java.util.Map;

import de.foerderfluss.testing.ApiTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * On PostgreSQL the database itself refuses to change the audit log and the budget
 * ledger.
 */
class AppendOnlyRecordsTest extends ApiTest {

	@Test
	void theAuditLogAndTheLedgerCannotBeRewritten() throws Exception {
		String database = this.jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName();
		Assumptions.assumeTrue(database.startsWith("PostgreSQL"), "append-only triggers exist on PostgreSQL");
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

}
