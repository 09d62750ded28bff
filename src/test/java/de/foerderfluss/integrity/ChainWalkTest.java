package de.foerderfluss.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.foerderfluss.integrity.ChainWalk.Head;
import de.foerderfluss.integrity.IntegrityReport.BrokenChain;
import de.foerderfluss.integrity.IntegrityReport.ChainProblem;
import de.foerderfluss.integrity.IntegrityReport.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk names each kind of tampering once, at the entry where it shows: an edited,
 * deleted, reordered, rewritten or inserted entry.
 */
class ChainWalkTest {

	private static final long OWNER = 7;

	private final Map<Long, Head> heads = new HashMap<>();

	@Test
	void anIntactChainHasNoProblems() {
		ChainWalk.Result result = walk(chain(OWNER, 100, 5));

		assertThat(result.broken()).isEmpty();
		assertThat(result.checked().chains()).isEqualTo(1);
		assertThat(result.checked().entries()).isEqualTo(5);
	}

	@Test
	void anEditedEntryNoLongerGivesItsHash() {
		List<ChainedEntry> entries = chain(OWNER, 100, 5);
		entries.set(2, edited(entries.get(2)));

		assertThat(problems(walk(entries))).containsExactly(new ChainProblem(Problem.EDITED, 3, 102L, null));
	}

	@Test
	void aDeletedEntryLeavesAGap() {
		List<ChainedEntry> entries = chain(OWNER, 100, 5);
		entries.remove(1);

		assertThat(problems(walk(entries))).containsExactly(new ChainProblem(Problem.DELETED, 2, null, 1L));
	}

	@Test
	void deletedEntriesAtTheEndAreMissedByTheHead() {
		List<ChainedEntry> entries = chain(OWNER, 100, 5);
		entries.subList(3, 5).clear();

		assertThat(problems(walk(entries))).containsExactly(new ChainProblem(Problem.DELETED, 4, null, 2L));
	}

	@Test
	void aChainWhoseEntriesAreAllGoneIsReportedByItsHead() {
		chain(OWNER, 100, 3);

		assertThat(problems(walk(List.of()))).containsExactly(new ChainProblem(Problem.DELETED, 1, null, 3L));
	}

	@Test
	void entriesWhoseIdsWereSwappedAreReordered() {
		List<ChainedEntry> entries = chain(OWNER, 100, 5);
		entries.set(1, withId(entries.get(1), 102));
		entries.set(2, withId(entries.get(2), 101));

		assertThat(problems(walk(entries))).containsExactly(new ChainProblem(Problem.REORDERED, 3, 101L, null));
	}

	@Test
	void anEntryRewrittenWithANewHashBreaksTheLinkOfTheNext() {
		List<ChainedEntry> entries = chain(OWNER, 100, 5);
		entries.set(2, rehashed(entries.get(2)));

		assertThat(problems(walk(entries))).containsExactly(new ChainProblem(Problem.BROKEN_LINK, 4, 103L, null));
	}

	@Test
	void theLastEntryRewrittenWithANewHashNoLongerMatchesTheHead() {
		List<ChainedEntry> entries = chain(OWNER, 100, 5);
		entries.set(4, rehashed(entries.get(4)));

		assertThat(problems(walk(entries))).containsExactly(new ChainProblem(Problem.BROKEN_LINK, 5, 104L, null));
	}

	@Test
	void aSecondEntryAtATakenPositionIsInserted() {
		List<ChainedEntry> entries = chain(OWNER, 100, 5);
		ChainedEntry copy = entries.get(2);
		entries.add(3, new ChainedEntry(OWNER, 200, 3, copy.previousHash(), copy.hash(), copy.recomputedHash()));

		assertThat(problems(walk(entries))).containsExactly(new ChainProblem(Problem.INSERTED, 3, 200L, null));
	}

	@Test
	void entriesAppendedWhileTheCheckRunsAreTakenAsTheyLink() {
		List<ChainedEntry> entries = chain(OWNER, 100, 5);
		this.heads.put(OWNER, new Head(3, entries.get(2).hash()));

		assertThat(walk(entries).broken()).isEmpty();
	}

	@Test
	void eachChainIsWalkedOnItsOwn() {
		List<ChainedEntry> entries = new ArrayList<>(chain(1, 100, 3));
		List<ChainedEntry> second = chain(2, 200, 3);
		second.set(0, edited(second.get(0)));
		entries.addAll(second);
		entries.addAll(chain(3, 300, 3));

		ChainWalk.Result result = walk(entries);

		assertThat(result.checked().chains()).isEqualTo(3);
		assertThat(result.broken()).extracting(BrokenChain::owner).containsExactly(2L);
	}

	private ChainWalk.Result walk(List<ChainedEntry> entries) {
		ChainWalk walk = new ChainWalk(ChainKind.AUDIT_LOG, this.heads);
		entries.forEach(walk::visit);
		return walk.finish();
	}

	private static List<ChainProblem> problems(ChainWalk.Result result) {
		assertThat(result.broken()).hasSize(1);
		return result.broken().get(0).problems();
	}

	/** A chain of entries with consecutive ids, its head written as appends write it. */
	private List<ChainedEntry> chain(long owner, long firstId, int length) {
		List<ChainedEntry> entries = new ArrayList<>();
		ChainLink link = ChainLink.FIRST;
		for (int i = 0; i < length; i++) {
			String hash = form("entry " + i).hash(link);
			entries.add(new ChainedEntry(owner, firstId + i, link.position(), link.previousHash(), hash, hash));
			link = link.next(hash);
		}
		this.heads.put(owner, new Head(link.position() - 1, link.previousHash()));
		return entries;
	}

	private static ChainHash form(String text) {
		return ChainHash.of("test/1").field("text", text);
	}

	private static ChainedEntry edited(ChainedEntry entry) {
		String now = form("changed").hash(new ChainLink(entry.position(), entry.previousHash()));
		return new ChainedEntry(entry.owner(), entry.id(), entry.position(), entry.previousHash(), entry.hash(), now);
	}

	private static ChainedEntry rehashed(ChainedEntry entry) {
		String now = form("changed").hash(new ChainLink(entry.position(), entry.previousHash()));
		return new ChainedEntry(entry.owner(), entry.id(), entry.position(), entry.previousHash(), now, now);
	}

	private static ChainedEntry withId(ChainedEntry entry, long id) {
		return new ChainedEntry(entry.owner(), id, entry.position(), entry.previousHash(), entry.hash(),
				entry.recomputedHash());
	}

}
