package de.foerderfluss.security;

/** The roles of DESIGN's role table. One person may hold several. */
public enum Role {

	/** Staff or volunteers of a carrier; always bound to one carrier. */
	CARRIER,
	/** KI case worker (Sachbearbeitung). */
	REVIEWER,
	/** KI head (Leitung). */
	APPROVER,
	/** Kreiskasse / finance department. */
	FINANCE,
	/** Operators. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
