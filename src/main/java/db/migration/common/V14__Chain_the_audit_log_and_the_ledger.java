package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderfluss.audit.AuditEntry;
import de.foerderfluss.audit.HistoryValue;
import de.foerderfluss.integrity.ChainHash;
import de.foerderfluss.integrity.ChainKind;
import de.foerderfluss.integrity.ChainLink;
import de.foerderfluss.programme.LedgerEntry;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the audit log and the budget ledger tamper-evident: every entry gets its place in
 * a hash chain (one per case, one per budget line) and the hash of its fields and that
 * place, and each chain a head with its last position and hash. The entries already
 * written are chained in the order of their ids with the same canonical forms the
 * application uses ({@link AuditEntry#chainForm}, {@link LedgerEntry#chainForm}).
 * <p>
 * On PostgreSQL the append-only triggers are switched off for this filling in, inside the
 * migration's transaction, and on again before it commits; heads may only move on by one
 * entry, and none of the three tables can be truncated.
 */
public class V14__Chain_the_audit_log_and_the_ledger extends BaseJavaMigration {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final TypeReference<List<HistoryValue>> VALUES = new TypeReference<>() {
	};

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		try (Statement statement = connection.createStatement()) {
			statement.execute("create table chain_head (kind varchar(30) not null, owner_id bigint not null,"
					+ " last_position bigint not null, last_hash varchar(64), primary key (kind, owner_id))");
			for (String table : List.of("audit_entry", "ledger_entry")) {
				statement.execute("alter table " + table + " add column chain_position bigint");
				statement.execute("alter table " + table + " add column previous_hash varchar(64)");
				statement.execute("alter table " + table + " add column entry_hash varchar(64)");
			}
			if (postgres) {
				statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
				statement.execute("alter table ledger_entry disable trigger ledger_entry_append_only");
			}
			try (ChainWriter auditLog = new ChainWriter(connection, "audit_entry", ChainKind.AUDIT_LOG)) {
				chainAuditLog(connection, auditLog);
			}
			try (ChainWriter ledger = new ChainWriter(connection, "ledger_entry", ChainKind.BUDGET_LEDGER)) {
				chainLedger(connection, ledger);
			}
			if (postgres) {
				statement.execute("alter table audit_entry enable trigger audit_entry_append_only");
				statement.execute("alter table ledger_entry enable trigger ledger_entry_append_only");
			}
			for (String table : List.of("audit_entry", "ledger_entry")) {
				statement.execute("alter table " + table + " alter column chain_position set not null");
				statement.execute("alter table " + table + " alter column entry_hash set not null");
			}
			statement.execute("alter table audit_entry add constraint audit_entry_chain_position_key"
					+ " unique (application_id, chain_position)");
			statement.execute("alter table ledger_entry add constraint ledger_entry_chain_position_key"
					+ " unique (funding_module_id, chain_position)");
			if (postgres) {
				protectOnPostgreSql(statement);
			}
		}
	}

	/**
	 * Chains the audit log per case in the order of the ids, handing each entry to the
	 * sink.
	 */
	public static void chainAuditLog(Connection connection, Sink sink) throws SQLException {
		String query = "select id, application_id, occurred_at, actor, action, status_before, status_after, detail,"
				+ " detail_values from audit_entry order by application_id, id";
		try (PreparedStatement select = connection.prepareStatement(query)) {
			select.setFetchSize(500);
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					ChainHash form = AuditEntry.chainForm(row.getLong("application_id"),
							row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("actor"),
							row.getString("action"), row.getString("status_before"), row.getString("status_after"),
							row.getString("detail"), values(row.getString("detail_values")));
					sink.chain(row.getLong("application_id"), row.getLong("id"), form);
				}
			}
		}
	}

	/**
	 * Chains the ledger per budget line in the order of the ids, handing each entry to
	 * the sink.
	 */
	public static void chainLedger(Connection connection, Sink sink) throws SQLException {
		String query = "select id, funding_module_id, application_id, municipality_id, entry_type, amount, booked_at,"
				+ " booked_by, reference from ledger_entry order by funding_module_id, id";
		try (PreparedStatement select = connection.prepareStatement(query)) {
			select.setFetchSize(500);
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					ChainHash form = LedgerEntry.chainForm(row.getLong("funding_module_id"),
							row.getLong("application_id"), row.getObject("municipality_id", Long.class),
							row.getString("entry_type"), row.getBigDecimal("amount"),
							row.getObject("booked_at", OffsetDateTime.class).toInstant(), row.getString("booked_by"),
							row.getString("reference"));
					sink.chain(row.getLong("funding_module_id"), row.getLong("id"), form);
				}
			}
		}
	}

	private static List<HistoryValue> values(String column) {
		if (column == null) {
			return List.of();
		}
		try {
			return JSON.readValue(column, VALUES);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("History values cannot be read: " + column, ex);
		}
	}

	private static void protectOnPostgreSql(Statement statement) throws SQLException {
		statement.execute("""
				create function chain_head_moves_on() returns trigger as $$
				begin
				    if tg_op = 'DELETE' or new.kind <> old.kind or new.owner_id <> old.owner_id
				            or new.last_position <> old.last_position + 1 then
				        raise exception 'the head of a hash chain only moves on by one entry';
				    end if;
				    return new;
				end;
				$$ language plpgsql""");
		statement.execute("create trigger chain_head_moves_on before update or delete on chain_head"
				+ " for each row execute function chain_head_moves_on()");
		for (String table : List.of("audit_entry", "ledger_entry", "chain_head")) {
			statement.execute("create trigger " + table + "_no_truncate before truncate on " + table
					+ " for each statement execute function refuse_change()");
		}
	}

	/**
	 * Receives the entries of each chain in chain order, each with its canonical form.
	 */
	public interface Sink {

		void chain(long owner, long id, ChainHash form) throws SQLException;

	}

	/**
	 * Writes each entry's place and hash, and each chain's head once its last entry has
	 * passed.
	 */
	private static final class ChainWriter implements Sink, AutoCloseable {

		private static final int BATCH = 500;

		private final ChainKind kind;

		private final PreparedStatement entries;

		private final PreparedStatement heads;

		private Long owner;

		private ChainLink next;

		private int pending;

		ChainWriter(Connection connection, String table, ChainKind kind) throws SQLException {
			this.kind = kind;
			this.entries = connection.prepareStatement(
					"update " + table + " set chain_position = ?, previous_hash = ?, entry_hash = ? where id = ?");
			this.heads = connection.prepareStatement(
					"insert into chain_head (kind, owner_id, last_position, last_hash) values (?, ?, ?, ?)");
		}

		@Override
		public void chain(long owner, long id, ChainHash form) throws SQLException {
			if (this.owner == null || this.owner != owner) {
				addHead();
				this.owner = owner;
				this.next = ChainLink.FIRST;
			}
			String hash = form.hash(this.next);
			this.entries.setLong(1, this.next.position());
			this.entries.setString(2, this.next.previousHash());
			this.entries.setString(3, hash);
			this.entries.setLong(4, id);
			this.entries.addBatch();
			this.next = this.next.next(hash);
			if (++this.pending >= BATCH) {
				flush();
			}
		}

		private void addHead() throws SQLException {
			if (this.owner != null) {
				this.heads.setString(1, this.kind.name());
				this.heads.setLong(2, this.owner);
				this.heads.setLong(3, this.next.position() - 1);
				this.heads.setString(4, this.next.previousHash());
				this.heads.addBatch();
			}
		}

		private void flush() throws SQLException {
			this.entries.executeBatch();
			this.heads.executeBatch();
			this.pending = 0;
		}

		@Override
		public void close() throws SQLException {
			try (this.entries; this.heads) {
				addHead();
				flush();
			}
		}

	}

}
