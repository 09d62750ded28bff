package de.foerderfluss.security;

/**
 * What a signature of the authority stands for: each kind of decision or letter that a
 * person signs in the authority's name. Who may sign which, up to which amount, is
 * configuration ({@link SigningAuthorityProperties}).
 */
public enum SignedAct {

	/** Approval notice (Bewilligungsbescheid) for the full amount requested. */
	APPROVAL,
	/** Approval of less than was requested; the rest is refused (Teilbewilligung). */
	PARTIAL_APPROVAL,
	/** Rejection notice (Ablehnungsbescheid). */
	REJECTION,
	/** The notice that ends an application whose documents never came. */
	LAPSE,
	/** Clawback notice (Rückforderungsbescheid). */
	CLAWBACK,
	/** Hearing letter (Anhörung) before a burdening notice. */
	HEARING,
	/** Interest notice (Zinsbescheid). */
	INTEREST,
	/** Permission or refusal of an early start of the measure. */
	EARLY_START

}
