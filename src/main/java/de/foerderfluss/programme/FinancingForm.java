package de.foerderfluss.programme;

/** The form of a grant (Finanzierungsform) as the approval notice names it. */
public enum FinancingForm {

	/** Zuschuss: money that is not repaid when it is used as intended. */
	GRANT("nicht rückzahlbarer Zuschuss", "eines nicht rückzahlbaren Zuschusses"),

	/** Zuweisung: the same, given to a body under public law such as a municipality. */
	ALLOCATION("nicht rückzahlbare Zuweisung", "einer nicht rückzahlbaren Zuweisung");

	private final String label;

	private final String genitive;

	FinancingForm(String label, String genitive) {
		this.label = label;
		this.genitive = genitive;
	}

	/** As the notice says it: "in Form eines nicht rückzahlbaren Zuschusses". */
	public String genitive() {
		return this.genitive;
	}

	public String label() {
		return this.label;
	}

}
