/**
 * Completeness check, assessment and decision with its four-eyes rules, and the decision
 * rules that reject or approve by themselves.
 */
@ApplicationModule(displayName = "Review and decision", allowedDependencies = { "application", "application :: events",
		"audit", "carrier", "programme", "security", "shared", "web" })
package de.foerderfluss.review;

import org.springframework.modulith.ApplicationModule;
