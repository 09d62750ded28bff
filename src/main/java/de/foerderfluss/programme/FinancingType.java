package de.foerderfluss.programme;

/**
 * How a grant relates to the costs of a measure (VV Nr. 2.2 zu § 44 LHO NRW), as the
 * approval notice names it.
 */
public enum FinancingType {

	/** Anteilfinanzierung: a fixed share of the eligible costs, up to a maximum. */
	SHARE("Anteilfinanzierung"),

	/**
	 * Fehlbedarfsfinanzierung: what own funds, third-party funds and income leave
	 * uncovered, up to a maximum.
	 */
	SHORTFALL("Fehlbedarfsfinanzierung"),

	/** Festbetragsfinanzierung: a fixed amount, such as a flat rate per room. */
	FIXED_AMOUNT("Festbetragsfinanzierung");

	private final String label;

	FinancingType(String label) {
		this.label = label;
	}

	/** The German term printed in notices. */
	public String label() {
		return this.label;
	}

}
