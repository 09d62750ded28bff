/**
 * Printed documents (notices, contract, payout statements) rendered with JasperReports
 * from the case's facts, and budget reports.
 */
@ApplicationModule(displayName = "Documents and reports", allowedDependencies = { "application", "audit", "carrier",
		"disbursement", "programme", "proof", "review", "review :: events", "security", "shared" })
package de.foerderfluss.reporting;

import org.springframework.modulith.ApplicationModule;
