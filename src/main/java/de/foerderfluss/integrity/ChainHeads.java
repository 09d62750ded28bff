package de.foerderfluss.integrity;

import java.util.function.Function;

import de.foerderfluss.shared.ConcurrentChangeException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The head of each chain: the position and hash of its last entry, in a row per chain
 * that every append locks. Appends to one chain therefore follow one another, each linked
 * to the one committed before it, while chains of different owners do not wait for each
 * other. The head also shows when entries at a chain's end are gone.
 */
@Service
public class ChainHeads {

	private final JdbcClient jdbc;

	ChainHeads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends an entry to the owner's chain in the caller's transaction: locks the head,
	 * lets {@code store} write the entry at the place it is given, and moves the head to
	 * the stored entry's hash.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <E> E append(ChainKind kind, long owner, Function<ChainLink, E> store, Function<E, String> hashOf) {
		ChainLink link = lock(kind, owner);
		E entry = store.apply(link);
		int moved = this.jdbc
			.sql("update chain_head set last_position = ?, last_hash = ?"
					+ " where kind = ? and owner_id = ? and last_position = ?")
			.params(link.position(), hashOf.apply(entry), kind.name(), owner, link.position() - 1)
			.update();
		if (moved != 1) {
			throw new IllegalStateException("The head of %s %d moved under its lock".formatted(kind, owner));
		}
		return entry;
	}

	private ChainLink lock(ChainKind kind, long owner) {
		return this.jdbc
			.sql("select last_position, last_hash from chain_head where kind = ? and owner_id = ? for update")
			.params(kind.name(), owner)
			.query((row, number) -> new ChainLink(row.getLong(1) + 1, row.getString(2)))
			.optional()
			.orElseGet(() -> start(kind, owner));
	}

	/**
	 * The first entry of a chain writes its head; a second first entry at the same moment
	 * waits for it and is refused as a concurrent change.
	 */
	private ChainLink start(ChainKind kind, long owner) {
		try {
			this.jdbc.sql("insert into chain_head (kind, owner_id, last_position) values (?, ?, 0)")
				.params(kind.name(), owner)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConcurrentChangeException(ex);
		}
		return ChainLink.FIRST;
	}

}
