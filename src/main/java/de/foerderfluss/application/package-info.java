/**
 * The application as the carrier submitted it and its lifecycle from draft to closed:
 * cost plan, documents, file number and status. Other modules change its status only
 * through ApplicationLifecycle and learn of its steps from its events; what was paid and
 * reclaimed it reads through the PaidFunds and ReclaimedFunds interfaces the money
 * modules implement.
 */
@ApplicationModule(displayName = "Applications",
		allowedDependencies = { "audit", "carrier", "programme", "security", "shared", "web" })
package de.foerderfluss.application;

import org.springframework.modulith.ApplicationModule;
