package de.foerderfluss.programme;

import de.foerderfluss.shared.Money;

/**
 * The kinds of budget bookings and how each moves money between the buckets of a budget.
 */
public enum LedgerEntryType {

	/** Money set aside for an application under assessment. */
	RESERVATION,
	/** A reservation given back (rejection, withdrawal, lower decision). */
	RESERVATION_RELEASE,
	/** A reservation turned into a binding approval. */
	COMMITMENT,
	/** An approval given back (lapse, withdrawal, unspent money at closing). */
	COMMITMENT_RELEASE,
	/** Committed money paid out to the carrier. */
	PAYOUT,
	/** Paid money returned by the carrier after a clawback. */
	REPAYMENT;

	BudgetPosition applyTo(BudgetPosition position, Money amount) {
		return switch (this) {
			case RESERVATION -> position.withReserved(position.reserved().plus(amount));
			case RESERVATION_RELEASE -> position.withReserved(position.reserved().minus(amount));
			case COMMITMENT -> position.withReserved(position.reserved().minus(amount))
				.withCommitted(position.committed().plus(amount));
			case COMMITMENT_RELEASE -> position.withCommitted(position.committed().minus(amount));
			case PAYOUT -> position.withCommitted(position.committed().minus(amount))
				.withDisbursed(position.disbursed().plus(amount));
			case REPAYMENT -> position.withRepaid(position.repaid().plus(amount));
		};
	}

}
