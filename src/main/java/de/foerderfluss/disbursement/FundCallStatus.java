package de.foerderfluss.disbursement;

/** Where a fund call (Mittelabruf) stands. */
public enum FundCallStatus {

	/** Waiting for the factual verification. */
	SUBMITTED,
	/**
	 * Verified as factually and arithmetically correct; waiting for the release order.
	 */
	VERIFIED,
	/**
	 * The reviewer found it not correct; it does not count against the approved amount.
	 */
	NOT_CORRECT,
	/** Released and paid out. */
	RELEASED,
	/** Cancelled because the application was withdrawn. */
	CANCELLED

}
