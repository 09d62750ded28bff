package de.foerderfluss.shared;

/** The object does not exist or belongs to someone the caller may not see. */
public class NotFoundException extends DomainException {

	/**
	 * @param what the kind of object, named in messages by the text {@code entity.<what>}
	 */
	public NotFoundException(String what, Object id) {
		super("error.not-found", Messages.code("entity." + what), String.valueOf(id));
	}

	protected NotFoundException(String messageCode, Object[] arguments) {
		super(messageCode, arguments);
	}

}
