package de.foerderfluss.application;

import java.util.Optional;

import de.foerderfluss.security.Actor;

/**
 * A part of an application's page that another module contributes: fund calls, proof of
 * use, open tasks, the process diagram. The application module shows the case without
 * knowing the modules that build on it.
 */
public interface CaseSection {

	/** Position on the page, lower first. */
	int order();

	/**
	 * The Thymeleaf template that holds the fragment {@code section(data)}, for example
	 * {@code disbursement/sections}.
	 */
	String template();

	/** What the section shows to this person for this case; empty to leave it out. */
	Optional<Object> data(Actor actor, Application application);

}
