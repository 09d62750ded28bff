package de.foerderfluss.disbursement;

import de.foerderfluss.shared.Money;

/**
 * The money of a case as the pages show it: approved, called (open and paid fund calls),
 * paid, and what may still be called.
 */
public record CaseMoney(Money approved, Money called, Money paid, Money remaining) {

	static final CaseMoney NONE = new CaseMoney(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

}
