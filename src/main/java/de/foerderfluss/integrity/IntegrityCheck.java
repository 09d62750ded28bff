package de.foerderfluss.integrity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import de.foerderfluss.integrity.ChainWalk.Head;
import de.foerderfluss.integrity.IntegrityReport.BrokenChain;
import de.foerderfluss.integrity.IntegrityReport.Checked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks every chain of every chained record and reports what no longer holds. Reads only;
 * for administrators.
 */
@Service
public class IntegrityCheck {

	private final List<ChainedRecords> records;

	private final JdbcClient jdbc;

	IntegrityCheck(List<ChainedRecords> records, JdbcClient jdbc) {
		this.records = records.stream().sorted(Comparator.comparing(ChainedRecords::kind)).toList();
		this.jdbc = jdbc;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public IntegrityReport check() {
		Map<ChainKind, Map<Long, Head>> heads = heads();
		List<Checked> checked = new ArrayList<>();
		List<BrokenChain> broken = new ArrayList<>();
		for (ChainedRecords kind : this.records) {
			ChainWalk walk = new ChainWalk(kind.kind(), heads.getOrDefault(kind.kind(), Map.of()));
			try (Stream<ChainedEntry> entries = kind.entriesInChainOrder()) {
				entries.forEach(walk::visit);
			}
			ChainWalk.Result result = walk.finish();
			checked.add(result.checked());
			broken.addAll(result.broken());
		}
		return new IntegrityReport(broken.isEmpty(), checked, broken);
	}

	/** Read before the entries: see {@link ChainWalk}. */
	private Map<ChainKind, Map<Long, Head>> heads() {
		Map<ChainKind, Map<Long, Head>> heads = new EnumMap<>(ChainKind.class);
		this.jdbc.sql("select kind, owner_id, last_position, last_hash from chain_head").query((row) -> {
			for (ChainKind kind : ChainKind.values()) {
				if (kind.name().equals(row.getString(1))) {
					heads.computeIfAbsent(kind, (key) -> new HashMap<>())
						.put(row.getLong(2), new Head(row.getLong(3), row.getString(4)));
				}
			}
		});
		return heads;
	}

}
