package de.foerderfluss.proof;

/** What the case worker decided after the hearing. */
public enum HearingOutcome {

	/** The intended decision is taken as announced. */
	UPHELD,

	/** Less is reclaimed than announced. */
	REDUCED,

	/** Nothing is reclaimed: the intended decision is dropped. */
	DROPPED

}
