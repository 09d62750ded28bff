package de.foerderfluss.programme;

import de.foerderfluss.shared.Money;

/**
 * A module's budget line: its allocation, what is booked on it, and what the year's
 * modules have been given together.
 */
public record ModuleBudget(FundingModule module, Programme programme, FundingYear year, BudgetPosition booked,
		Money distributed) {

	/** What the module could be given at most: its share plus what is not given out. */
	public Money ceiling() {
		return this.year.getAllocation().minus(this.distributed).plus(this.module.getAllocation());
	}

}
