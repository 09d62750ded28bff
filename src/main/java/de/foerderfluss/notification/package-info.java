/**
 * E-mails to carriers and staff about their cases, queued in an outbox in the step's
 * transaction and sent after commit with retries.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "application", "application :: events", "audit", "carrier", "disbursement :: events",
				"proof", "reporting", "reporting :: events", "security", "shared", "web" })
package de.foerderfluss.notification;

import org.springframework.modulith.ApplicationModule;
