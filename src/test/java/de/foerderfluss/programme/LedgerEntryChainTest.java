package de.foerderfluss.programme;

import java.math.BigDecimal;
import java.time.Instant;

import de.foerderfluss.integrity.ChainLink;
import de.foerderfluss.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a booking's hash covers, written down once (form {@code ledger_entry/1}). */
class LedgerEntryChainTest {

	@Test
	void theFormCoversEveryFieldOfTheBooking() {
		assertThat(LedgerEntry
			.chainForm(3L, 17L, null, "PAYOUT", new BigDecimal("2400.00"), Instant.parse("2026-03-01T09:15:00Z"),
					"kasse", "payout:5")
			.canonicalForm(ChainLink.FIRST)).isEqualTo("""
					ledger_entry/1
					fundingModule=1:3
					application=2:17
					municipality=null
					type=6:PAYOUT
					amount=7:2400.00
					bookedAt=27:2026-03-01T09:15:00.000000Z
					bookedBy=5:kasse
					reference=8:payout:5
					position=1:1
					previous=null""");
	}

	@Test
	void aBookingIsStoredAndHashedAtTheMicrosecondTheDatabaseKeeps() {
		LedgerEntry entry = new LedgerEntry(new BudgetAccount(3L, 17L, 9L), LedgerEntryType.RESERVATION,
				Money.of("1000.00"), null, Instant.parse("2026-03-01T09:15:00.000000999Z"), "pruefer", ChainLink.FIRST);

		assertThat(entry.getBookedAt()).isEqualTo(Instant.parse("2026-03-01T09:15:00Z"));
		assertThat(entry.getEntryHash()).isEqualTo(LedgerEntry
			.chainForm(3L, 17L, 9L, "RESERVATION", new BigDecimal("1000.00"), entry.getBookedAt(), "pruefer", null)
			.hash(ChainLink.FIRST));
	}

}
