package de.foerderfluss.security;

/**
 * Which of a module's paths only some roles may open. Each module with such pages
 * declares its rules as a bean; the security configuration applies the rules of all
 * modules, and every path no module names stays open to every signed-in person.
 */
public interface UrlAccessRules {

	void declare(UrlRules rules);

}
