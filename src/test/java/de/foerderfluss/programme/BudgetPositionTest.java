package de.foerderfluss.programme;

import de.foerderfluss.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetPositionTest {

	@Test
	void followsTheMoneyThroughItsBuckets() {
		BudgetPosition position = BudgetPosition.EMPTY;
		position = LedgerEntryType.RESERVATION.applyTo(position, Money.of("5000"));
		position = LedgerEntryType.RESERVATION_RELEASE.applyTo(position, Money.of("1000"));
		position = LedgerEntryType.COMMITMENT.applyTo(position, Money.of("4000"));
		position = LedgerEntryType.PAYOUT.applyTo(position, Money.of("3000"));
		position = LedgerEntryType.REPAYMENT.applyTo(position, Money.of("500"));
		position = LedgerEntryType.COMMITMENT_RELEASE.applyTo(position, Money.of("1000"));

		assertThat(position).isEqualTo(new BudgetPosition(Money.ZERO, Money.ZERO, Money.of("3000"), Money.of("500")));
		assertThat(position.bound()).isEqualTo(Money.of("2500"));
		assertThat(position.availableOf(Money.of("10000"))).isEqualTo(Money.of("7500"));
	}

	@Test
	void movingMoneyBetweenBucketsDoesNotChangeWhatIsBound() {
		BudgetPosition reserved = LedgerEntryType.RESERVATION.applyTo(BudgetPosition.EMPTY, Money.of("800"));
		BudgetPosition committed = LedgerEntryType.COMMITMENT.applyTo(reserved, Money.of("800"));
		BudgetPosition paid = LedgerEntryType.PAYOUT.applyTo(committed, Money.of("800"));
		assertThat(reserved.bound()).isEqualTo(committed.bound()).isEqualTo(paid.bound()).isEqualTo(Money.of("800"));
	}

}
