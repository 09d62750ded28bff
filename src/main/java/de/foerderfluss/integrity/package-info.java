/**
 * Tamper evidence for the append-only records: each entry carries a SHA-256 hash chained
 * to the one before it in its chain, and a check walks all chains and names what was
 * edited, deleted, reordered or put in.
 */
@ApplicationModule(displayName = "Tamper evidence", allowedDependencies = { "security", "shared" })
package de.foerderfluss.integrity;

import org.springframework.modulith.ApplicationModule;
