/**
 * Money called and paid: fund calls, their factual check and release order, payouts and
 * each case's grant account. Read by others through DisbursementQueries; its steps are
 * published as events.
 */
@ApplicationModule(displayName = "Disbursement", allowedDependencies = { "application", "application :: events",
		"audit", "carrier", "programme", "security", "shared", "web" })
package de.foerderfluss.disbursement;

import org.springframework.modulith.ApplicationModule;
