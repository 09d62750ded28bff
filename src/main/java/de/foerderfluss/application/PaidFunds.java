package de.foerderfluss.application;

import java.util.Collection;
import java.util.Map;

import de.foerderfluss.shared.Money;

/**
 * What was called and paid on cases, as the disbursement module keeps it. The application
 * module asks through this interface for its views and for the rule that a case with a
 * payout cannot be withdrawn, without depending on the module that pays.
 */
public interface PaidFunds {

	/**
	 * Called and paid per application; an application nothing was approved for is left
	 * out.
	 */
	Map<Long, Funds> fundsOf(Collection<Long> applicationIds);

	default Funds fundsOf(Long applicationId) {
		return fundsOf(java.util.List.of(applicationId)).getOrDefault(applicationId, Funds.NONE);
	}

	/** The sums of an application's fund calls that count, and of its payouts. */
	record Funds(Money called, Money paid) {

		public static final Funds NONE = new Funds(Money.ZERO, Money.ZERO);

	}

}
