package de.foerderfluss.shared;

/**
 * The installation lacks settings it needs for this request; an operator has to add them.
 */
public class ConfigurationIncompleteException extends DomainException {

	public ConfigurationIncompleteException(String settings) {
		super("error.configuration-incomplete", settings);
	}

}
