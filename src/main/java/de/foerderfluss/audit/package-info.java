/**
 * The append-only history of every case: typed actions with typed values, recorded from
 * the CaseHistoryEvent each module publishes.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = { "integrity", "shared" })
package de.foerderfluss.audit;

import org.springframework.modulith.ApplicationModule;
