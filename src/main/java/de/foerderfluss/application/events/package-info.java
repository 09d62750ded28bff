/**
 * The domain events of the application module: what happened, with its facts. Other
 * modules react to them; those that belong in a case's history say so as a
 * {@link de.foerderfluss.audit.CaseHistoryEvent}.
 */
@NamedInterface("events")
package de.foerderfluss.application.events;

import org.springframework.modulith.NamedInterface;
