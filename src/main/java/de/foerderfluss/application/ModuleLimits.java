package de.foerderfluss.application;

import java.util.Optional;

import de.foerderfluss.shared.Money;

/**
 * The most a module grants for an application, by the rules KI staff tune (the DMN table
 * of limits per module, with the module A flat rate).
 */
public interface ModuleLimits {

	/**
	 * The limit for an application of the module with the planned costs and, for module
	 * A, the number of rooms; empty where the rules set no limit for it.
	 */
	Optional<Limit> limitFor(String module, Money plannedCosts, Integer rooms);

	/** The maximum, whether it is a flat rate, and the rule's explanation. */
	record Limit(Money maximum, boolean flatRate, String note) {
	}

}
