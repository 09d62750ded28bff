package de.foerderfluss.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import de.foerderfluss.integrity.ChainKind;
import de.foerderfluss.integrity.ChainLink;
import de.foerderfluss.integrity.ChainedEntry;
import de.foerderfluss.integrity.ChainedRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Offers the audit log to the integrity check, read as the database keeps it: a value
 * that no longer reads as an entry's value is hashed as it stands and shows as an edit.
 */
@Component
class AuditLogChain implements ChainedRecords {

	private static final String ENTRIES = "select id, application_id, occurred_at, actor, action, status_before,"
			+ " status_after, detail, detail_values, chain_position, previous_hash, entry_hash from audit_entry"
			+ " order by application_id, chain_position, id";

	private static final HistoryValuesConverter VALUES = new HistoryValuesConverter();

	private final JdbcTemplate jdbc;

	AuditLogChain(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(500);
	}

	@Override
	public ChainKind kind() {
		return ChainKind.AUDIT_LOG;
	}

	@Override
	public Stream<ChainedEntry> entriesInChainOrder() {
		return this.jdbc.queryForStream(ENTRIES, (row, number) -> entry(row));
	}

	private static ChainedEntry entry(ResultSet row) throws SQLException {
		long position = row.getLong("chain_position");
		String previous = row.getString("previous_hash");
		String hash = AuditEntry
			.chainForm(row.getLong("application_id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					row.getString("actor"), row.getString("action"), row.getString("status_before"),
					row.getString("status_after"), row.getString("detail"), values(row.getString("detail_values")))
			.hash(new ChainLink(position, previous));
		return new ChainedEntry(row.getLong("application_id"), row.getLong("id"), position, previous,
				row.getString("entry_hash"), hash);
	}

	private static List<HistoryValue> values(String column) {
		try {
			return VALUES.convertToEntityAttribute(column);
		}
		catch (IllegalStateException unreadable) {
			return List.of(new HistoryValue(null, column));
		}
	}

}
