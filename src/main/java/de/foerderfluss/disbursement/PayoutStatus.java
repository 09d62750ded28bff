package de.foerderfluss.disbursement;

/** Where a payout stands. Payment runs will add the states after the release order. */
public enum PayoutStatus {

	/**
	 * The release order (Anordnung) is given; the payout is booked against the budget.
	 */
	RELEASED

}
