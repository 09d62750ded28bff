package de.foerderfluss.programme;

import de.foerderfluss.shared.Money;

/** The buckets of a budget, of one application's share of it, or of any sum of those. */
public record BudgetPosition(Money reserved, Money committed, Money disbursed, Money repaid) {

	public static final BudgetPosition EMPTY = new BudgetPosition(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

	/** What counts against the allocation: reserved + committed + disbursed − repaid. */
	public Money bound() {
		return this.reserved.plus(this.committed).plus(this.disbursed).minus(this.repaid);
	}

	public Money availableOf(Money allocation) {
		return allocation.minus(bound());
	}

	public BudgetPosition plus(BudgetPosition other) {
		return new BudgetPosition(this.reserved.plus(other.reserved), this.committed.plus(other.committed),
				this.disbursed.plus(other.disbursed), this.repaid.plus(other.repaid));
	}

	BudgetPosition withReserved(Money reserved) {
		return new BudgetPosition(reserved, this.committed, this.disbursed, this.repaid);
	}

	BudgetPosition withCommitted(Money committed) {
		return new BudgetPosition(this.reserved, committed, this.disbursed, this.repaid);
	}

	BudgetPosition withDisbursed(Money disbursed) {
		return new BudgetPosition(this.reserved, this.committed, disbursed, this.repaid);
	}

	BudgetPosition withRepaid(Money repaid) {
		return new BudgetPosition(this.reserved, this.committed, this.disbursed, repaid);
	}

}
