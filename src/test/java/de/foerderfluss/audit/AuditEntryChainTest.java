package de.foerderfluss.audit;

import java.time.Instant;
import java.util.List;

import de.foerderfluss.integrity.ChainLink;
import de.foerderfluss.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an audit entry's hash covers, written down once (form {@code audit_entry/1}). */
class AuditEntryChainTest {

	private static final ChainLink SECOND = ChainLink.FIRST.next("0".repeat(64));

	@Test
	void theFormCoversEveryFieldOfTheEntry() {
		assertThat(AuditEntry
			.chainForm(17L, Instant.parse("2026-03-01T09:15:00.123456Z"), "pruefer", "ASSESSED", "SUBMITTED",
					"IN_REVIEW", "Bedarf\nbelegt", List.of(HistoryValue.amount(Money.of("2400.00"))))
			.canonicalForm(SECOND)).isEqualTo("""
					audit_entry/1
					application=2:17
					occurredAt=27:2026-03-01T09:15:00.123456Z
					actor=7:pruefer
					action=8:ASSESSED
					statusBefore=9:SUBMITTED
					statusAfter=9:IN_REVIEW
					detail=13:Bedarf
					belegt
					values=17:14:AMOUNT:2400.00
					position=1:2
					previous=64:%s""".formatted("0".repeat(64)));
	}

	@Test
	void anEntryIsStoredAndHashedAtTheMicrosecondTheDatabaseKeeps() {
		AuditEntry entry = new AuditEntry(17L, CaseAction.SUBMITTED, new StatusChange(null, "SUBMITTED"), null,
				List.of(), Instant.parse("2026-03-01T09:15:00.123456789Z"), "traeger1", SECOND);

		assertThat(entry.getOccurredAt()).isEqualTo(Instant.parse("2026-03-01T09:15:00.123456Z"));
		assertThat(entry.getEntryHash()).isEqualTo(AuditEntry
			.chainForm(17L, entry.getOccurredAt(), "traeger1", "SUBMITTED", null, "SUBMITTED", null, List.of())
			.hash(SECOND));
	}

}
