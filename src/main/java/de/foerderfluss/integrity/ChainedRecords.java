package de.foerderfluss.integrity;

import java.util.stream.Stream;

/**
 * A kind of chained record, offered for the check by the module that keeps it.
 */
public interface ChainedRecords {

	ChainKind kind();

	/**
	 * Every entry of every chain, ordered by owner, position and id; read inside the
	 * check's transaction and closed by it.
	 */
	Stream<ChainedEntry> entriesInChainOrder();

}
