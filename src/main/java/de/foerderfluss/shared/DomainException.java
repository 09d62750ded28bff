package de.foerderfluss.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal by a business rule. It carries a message code and arguments so that the web
 * layer can explain it in the caller's language; the message itself is only for logs.
 * Without a text for its code, the code itself is shown.
 */
public abstract class DomainException extends RuntimeException implements MessageSourceResolvable {

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

	@Override
	public String[] getCodes() {
		return new String[] { this.messageCode };
	}

	@Override
	public Object[] getArguments() {
		return arguments();
	}

	@Override
	public String getDefaultMessage() {
		return this.messageCode;
	}

}
