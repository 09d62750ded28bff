package de.foerderfluss.shared;

/** Input that is well-formed but breaks a rule; reported against the named field. */
public class InvalidInputException extends DomainException {

	private final String field;

	public InvalidInputException(String field, String messageCode, Object... arguments) {
		super(messageCode, arguments);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
