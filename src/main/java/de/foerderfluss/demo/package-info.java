/**
 * Organisations, people and cases in every state for the demo profile; uses the modules'
 * services like a user would.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = { "application", "carrier", "disbursement",
		"programme", "proof", "review", "security", "shared", "workflow" })
package de.foerderfluss.demo;

import org.springframework.modulith.ApplicationModule;
