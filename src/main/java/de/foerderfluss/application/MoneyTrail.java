package de.foerderfluss.application;

import de.foerderfluss.shared.Money;

/**
 * Where a case's money stands: approved, called, paid, what may still be called, what the
 * audit recognised, what was reclaimed and what came back of it.
 */
public record MoneyTrail(Money approved, Money called, Money paid, Money remaining, Money recognised, Money repayment,
		Money repaid) {

	static MoneyTrail of(Application application, PaidFunds.Funds funds, ReclaimedFunds.Reclaim reclaim) {
		Money approved = application.getApprovedAmount();
		return new MoneyTrail(approved, funds.called(), funds.paid(),
				(approved != null) ? approved.minus(funds.called()) : null, reclaim.recognised(), reclaim.repayment(),
				reclaim.repaid());
	}

}
