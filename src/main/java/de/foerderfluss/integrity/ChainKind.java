package de.foerderfluss.integrity;

/** The chained records and what owns each of their chains. */
public enum ChainKind {

	/** The history of cases; one chain per application. */
	AUDIT_LOG,
	/** The budget ledger; one chain per funding module (budget line). */
	BUDGET_LEDGER

}
