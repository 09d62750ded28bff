/**
 * Funding programmes, years and modules, the budget ledger that commits and releases
 * money per module, and the file numbers.
 */
@ApplicationModule(displayName = "Programmes and budgets",
		allowedDependencies = { "integrity", "security", "shared", "web" })
package de.foerderfluss.programme;

import org.springframework.modulith.ApplicationModule;
