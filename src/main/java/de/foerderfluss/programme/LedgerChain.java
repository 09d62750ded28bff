package de.foerderfluss.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.stream.Stream;

import javax.sql.DataSource;

import de.foerderfluss.integrity.ChainKind;
import de.foerderfluss.integrity.ChainLink;
import de.foerderfluss.integrity.ChainedEntry;
import de.foerderfluss.integrity.ChainedRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Offers the budget ledger to the integrity check, read as the database keeps it. */
@Component
class LedgerChain implements ChainedRecords {

	private static final String ENTRIES = "select id, funding_module_id, application_id, municipality_id, entry_type,"
			+ " amount, booked_at, booked_by, reference, chain_position, previous_hash, entry_hash from ledger_entry"
			+ " order by funding_module_id, chain_position, id";

	private final JdbcTemplate jdbc;

	LedgerChain(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(500);
	}

	@Override
	public ChainKind kind() {
		return ChainKind.BUDGET_LEDGER;
	}

	@Override
	public Stream<ChainedEntry> entriesInChainOrder() {
		return this.jdbc.queryForStream(ENTRIES, (row, number) -> entry(row));
	}

	private static ChainedEntry entry(ResultSet row) throws SQLException {
		long position = row.getLong("chain_position");
		String previous = row.getString("previous_hash");
		String hash = LedgerEntry
			.chainForm(row.getLong("funding_module_id"), row.getLong("application_id"),
					row.getObject("municipality_id", Long.class), row.getString("entry_type"),
					row.getBigDecimal("amount"), row.getObject("booked_at", OffsetDateTime.class).toInstant(),
					row.getString("booked_by"), row.getString("reference"))
			.hash(new ChainLink(position, previous));
		return new ChainedEntry(row.getLong("funding_module_id"), row.getLong("id"), position, previous,
				row.getString("entry_hash"), hash);
	}

}
