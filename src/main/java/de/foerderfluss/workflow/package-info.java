/**
 * The only module that knows Camunda: the BPMN processes and decision tables that move
 * each case, its tasks and timers, and the listeners that turn the other modules' events
 * into process steps.
 */
@ApplicationModule(displayName = "Workflow",
		allowedDependencies = { "application", "application :: events", "carrier", "disbursement",
				"disbursement :: events", "programme", "proof", "proof :: events", "reporting", "review",
				"review :: events", "security", "shared", "web" })
package de.foerderfluss.workflow;

import org.springframework.modulith.ApplicationModule;
