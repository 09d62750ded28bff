/**
 * The proof of use, its audit against the cost plan, and what is reclaimed: clawbacks and
 * repayments. Its steps are published as events.
 */
@ApplicationModule(displayName = "Proof of use",
		allowedDependencies = { "application", "audit", "carrier", "programme", "security", "shared", "web" })
package de.foerderfluss.proof;

import org.springframework.modulith.ApplicationModule;
