package de.foerderfluss.proof;

/** The burdening decision a hearing announces. */
public enum HearingIntent {

	/** Money paid but not recognised is to be reclaimed (§§ 49 Abs. 3, 49a VwVfG NRW). */
	CLAWBACK,

	/** The proof of use is not to be accepted, with nothing paid to reclaim. */
	PROOF_REJECTION

}
