package de.foerderfluss.shared;

/**
 * A refusal by a business rule. It carries a message code and arguments so that the web
 * layer can explain it in the caller's language; the message itself is only for logs.
 */
public abstract class DomainException extends RuntimeException {

	private final String messageCode;

	private final transient Object[] arguments;

	protected DomainException(String messageCode, Object... arguments) {
		super(messageCode);
		this.messageCode = messageCode;
		this.arguments = arguments;
	}

	public String messageCode() {
		return this.messageCode;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
