package de.foerderfluss.integrity;

import java.util.List;

/**
 * What the check found: whether every chain is intact, how many chains and entries of
 * each kind it walked, and the chains with problems.
 */
public record IntegrityReport(boolean intact, List<Checked> checked, List<BrokenChain> chains) {

	/** The chains and entries of one kind that were walked. */
	public record Checked(ChainKind kind, long chains, long entries) {
	}

	/** A chain with problems, named by its kind and owner. */
	public record BrokenChain(ChainKind kind, long owner, List<ChainProblem> problems) {
	}

	/**
	 * One problem at a position of a chain: the entry where it shows (none for a deleted
	 * one) and, for deleted entries, how many in a row are gone from this position on.
	 */
	public record ChainProblem(Problem problem, long position, Long entryId, Long missing) {

		static ChainProblem at(Problem problem, ChainedEntry entry) {
			return new ChainProblem(problem, entry.position(), entry.id(), null);
		}

		static ChainProblem deleted(long from, long to) {
			return new ChainProblem(Problem.DELETED, from, null, to - from + 1);
		}

	}

	public enum Problem {

		/** The entry's fields no longer give its hash. */
		EDITED,
		/**
		 * The entry's link does not hold: its previous hash is not the hash of the entry
		 * before it, or, as the last entry the chain's head knows, its hash is not the
		 * head's. One of them was rewritten together with its hash, or put in.
		 */
		BROKEN_LINK,
		/** Entries at these positions are gone. */
		DELETED,
		/**
		 * The entry stands in the log (by id) before an entry the chain puts before it.
		 */
		REORDERED,
		/** A second entry at a position that is taken. */
		INSERTED

	}

}
