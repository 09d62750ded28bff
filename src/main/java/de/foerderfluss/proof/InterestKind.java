package de.foerderfluss.proof;

/** The grounds of interest in § 49a VwVfG NRW. */
public enum InterestKind {

	/** Abs. 3: the amount to be refunded, from the day the grant became ineffective. */
	REFUND,

	/**
	 * Abs. 4: money paid out but not used soon after (within the period the conditions
	 * allow), from the payout until its use.
	 */
	LATE_USE

}
