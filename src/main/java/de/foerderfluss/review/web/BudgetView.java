package de.foerderfluss.review.web;

import de.foerderfluss.shared.Money;

/**
 * The budget line of an application as the assessment and the decision need it.
 *
 * @param budgetLine e.g. "KA 2026 Baustein B"
 * @param allocated the line's allocation
 * @param available what is neither reserved, committed nor paid out
 * @param reservedForCase what is reserved for this application already
 */
public record BudgetView(String budgetLine, Money allocated, Money available, Money reservedForCase) {

	/** The most an approval can reach: what is free plus what this case holds already. */
	public Money coverable() {
		return this.available.plus(this.reservedForCase);
	}

	/** Whether the line cannot cover the amount. */
	public boolean shortOf(Money amount) {
		return amount != null && amount.isGreaterThan(coverable());
	}

}
