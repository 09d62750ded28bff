package de.foerderfluss.review;

/** The assessor's vote (Votum). */
public enum Recommendation {

	APPROVE, REJECT

}
