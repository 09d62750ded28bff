package de.foerderfluss.integrity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import de.foerderfluss.integrity.IntegrityReport.BrokenChain;
import de.foerderfluss.integrity.IntegrityReport.ChainProblem;
import de.foerderfluss.integrity.IntegrityReport.Checked;
import de.foerderfluss.integrity.IntegrityReport.Problem;

/**
 * Walks the chains of one kind, entry by entry in chain order (owner, position, id), and
 * compares each chain's end with its head. The heads are read before the entries, so an
 * entry appended while the check runs stands beyond its head and is taken as it links.
 */
class ChainWalk {

	private final ChainKind kind;

	private final Map<Long, Head> heads;

	private final Set<Long> walkedOwners = new HashSet<>();

	private final List<BrokenChain> broken = new ArrayList<>();

	private long entries;

	private Chain chain;

	ChainWalk(ChainKind kind, Map<Long, Head> heads) {
		this.kind = kind;
		this.heads = heads;
	}

	void visit(ChainedEntry entry) {
		if (this.chain == null || this.chain.owner != entry.owner()) {
			endChain();
			this.chain = new Chain(entry.owner(), this.heads.get(entry.owner()));
			this.walkedOwners.add(entry.owner());
		}
		this.entries++;
		this.chain.visit(entry);
	}

	/**
	 * Ends the walk; chains whose head knows entries of which none are left are broken
	 * too.
	 */
	Result finish() {
		endChain();
		this.heads.forEach((owner, head) -> {
			if (!this.walkedOwners.contains(owner)) {
				Chain empty = new Chain(owner, head);
				empty.end();
				report(empty);
			}
		});
		this.broken.sort((a, b) -> Long.compare(a.owner(), b.owner()));
		return new Result(new Checked(this.kind, this.walkedOwners.size(), this.entries), this.broken);
	}

	private void endChain() {
		if (this.chain != null) {
			this.chain.end();
			report(this.chain);
			this.chain = null;
		}
	}

	private void report(Chain walked) {
		if (!walked.problems.isEmpty()) {
			this.broken.add(new BrokenChain(this.kind, walked.owner, List.copyOf(walked.problems)));
		}
	}

	/** The position and hash of a chain's last entry, as its head recorded them. */
	record Head(long position, String hash) {
	}

	record Result(Checked checked, List<BrokenChain> broken) {
	}

	private static final class Chain {

		private final long owner;

		private final Head head;

		private final List<ChainProblem> problems = new ArrayList<>();

		private long expected = 1;

		private String previousHash;

		private Long previousId;

		Chain(long owner, Head head) {
			this.owner = owner;
			this.head = (head != null) ? head : new Head(0, null);
		}

		void visit(ChainedEntry entry) {
			if (entry.position() < this.expected) {
				add(Problem.INSERTED, entry);
				return;
			}
			if (!Objects.equals(entry.hash(), entry.recomputedHash())) {
				add(Problem.EDITED, entry);
			}
			if (entry.position() > this.expected) {
				this.problems.add(ChainProblem.deleted(this.expected, entry.position() - 1));
			}
			else if (!Objects.equals(entry.previousHash(), this.previousHash)) {
				add(Problem.BROKEN_LINK, entry);
			}
			if (entry.position() == this.head.position() && !Objects.equals(entry.hash(), this.head.hash())) {
				add(Problem.BROKEN_LINK, entry);
			}
			if (this.previousId != null && entry.id() < this.previousId) {
				add(Problem.REORDERED, entry);
			}
			this.expected = entry.position() + 1;
			this.previousHash = entry.hash();
			this.previousId = entry.id();
		}

		private void add(Problem problem, ChainedEntry entry) {
			ChainProblem found = ChainProblem.at(problem, entry);
			if (!this.problems.contains(found)) {
				this.problems.add(found);
			}
		}

		/** Entries the head knows beyond the last one walked are gone. */
		void end() {
			if (this.head.position() >= this.expected) {
				this.problems.add(ChainProblem.deleted(this.expected, this.head.position()));
			}
		}

	}

}
