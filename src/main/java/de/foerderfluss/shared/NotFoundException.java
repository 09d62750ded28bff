package de.foerderfluss.shared;

/** The object does not exist or belongs to someone the caller may not see. */
public class NotFoundException extends DomainException {

	public NotFoundException(String what, Object id) {
		super("error.not-found", what, id);
	}

	protected NotFoundException(String messageCode, Object[] arguments) {
		super(messageCode, arguments);
	}

}
