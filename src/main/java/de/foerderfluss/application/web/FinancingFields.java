package de.foerderfluss.application.web;

import java.math.BigDecimal;

import de.foerderfluss.application.FinancingPlan;
import de.foerderfluss.shared.Money;

/**
 * The financing plan as typed beside the cost plan: own funds, third-party funds, income
 * and the requested grant, in euros. Own funds, third-party funds or income left empty
 * are 0; a grant left empty is what they leave uncovered of the total costs.
 */
record FinancingFields(BigDecimal ownFunds, BigDecimal thirdPartyFunds, BigDecimal income, BigDecimal requestedGrant) {

	/** A new form: nothing but the grant, which the carrier types. */
	static final FinancingFields EMPTY = new FinancingFields(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null);

	/** Whether every amount given can be read as euros and cents. */
	boolean readable() {
		return readable(this.ownFunds) && readable(this.thirdPartyFunds) && readable(this.income)
				&& readable(this.requestedGrant);
	}

	/** The plan's sources for the total costs of the cost plan. */
	FinancingPlan.Sources toSources(Money totalCosts) {
		Money own = orZero(this.ownFunds);
		Money third = orZero(this.thirdPartyFunds);
		Money income = orZero(this.income);
		Money grant = (this.requestedGrant != null) ? Money.of(this.requestedGrant)
				: totalCosts.minus(own).minus(third).minus(income);
		return new FinancingPlan.Sources(own, third, income, grant);
	}

	private static boolean readable(BigDecimal amount) {
		return amount == null || (amount.scale() <= 2 && amount.precision() - amount.scale() <= 10);
	}

	private static Money orZero(BigDecimal amount) {
		return (amount != null) ? Money.of(amount) : Money.ZERO;
	}

}
