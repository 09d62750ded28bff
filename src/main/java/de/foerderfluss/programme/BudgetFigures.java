package de.foerderfluss.programme;

import de.foerderfluss.shared.Money;

/** The figures finance and the KI report for a budget or a part of it. */
public record BudgetFigures(String code, String name, Money allocated, Money reserved, Money committed, Money disbursed,
		Money repaid, Money available) {

	static BudgetFigures of(String code, String name, Money allocated, BudgetPosition position) {
		Money available = (allocated != null) ? position.availableOf(allocated) : null;
		return new BudgetFigures(code, name, allocated, position.reserved(), position.committed(), position.disbursed(),
				position.repaid(), available);
	}

}
