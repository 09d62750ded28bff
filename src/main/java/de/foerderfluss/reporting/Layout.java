package de.foerderfluss.reporting;

import java.util.Map;

/** The documents, each with its template in {@code reports/} and its PDF title. */
enum Layout {

	APPROVAL_NOTICE("approval-notice", true, "Weiterleitungsbescheid"),
	FORWARDING_CONTRACT("forwarding-contract", true, "Weiterleitungsvertrag"),
	CONTRACT_LAPSE_NOTICE("contract-lapse-notice", true, "Erloeschen-Vertragsangebot"),
	REJECTION_NOTICE("rejection-notice", true, "Ablehnungsbescheid"),
	CLAWBACK_NOTICE("clawback-notice", true, "Rückforderungsbescheid"),
	EARLY_START_LETTER("early-start-letter", true, "Vorzeitiger Maßnahmebeginn"),
	HEARING_LETTER("hearing-letter", true, "Anhörung"), INTEREST_NOTICE("interest-notice", true, "Zinsbescheid"),
	PAYOUT_STATEMENT("payout-statement", false, "Auszahlungsanordnung"),
	PAYOUT_LIST("payout-list", false, "Auszahlungsliste"), BUDGET_REPORT("budget-report", false, "Mittelübersicht");

	/** The parameter every template gets with the file number or period it is about. */
	static final String REFERENCE = "REFERENCE";

	private final String template;

	private final boolean archival;

	private final String documentName;

	Layout(String template, boolean archival, String documentName) {
		this.template = template;
		this.archival = archival;
		this.documentName = documentName;
	}

	String template() {
		return this.template;
	}

	boolean archival() {
		return this.archival;
	}

	String documentName() {
		return this.documentName;
	}

	String title(Map<String, Object> values) {
		Object reference = values.get(REFERENCE);
		return (reference != null) ? this.documentName + " " + reference : this.documentName;
	}

}
