package de.foerderfluss.application;

import java.util.Collection;
import java.util.Map;

import de.foerderfluss.shared.Money;

/**
 * What the audit recognised of cases, and what was reclaimed and repaid, as the proof
 * module keeps it; asked by the application module for its views.
 */
public interface ReclaimedFunds {

	/** Per application that was audited; others are left out. */
	Map<Long, Reclaim> reclaimsOf(Collection<Long> applicationIds);

	/**
	 * The recognised amount, the amount reclaimed (null without a clawback) and what came
	 * back of it.
	 */
	record Reclaim(Money recognised, Money repayment, Money repaid) {

		public static final Reclaim NONE = new Reclaim(null, null, Money.ZERO);

	}

}
