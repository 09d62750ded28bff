package de.foerderfluss.shared;

/** The same person may not take both steps; a second person has to. */
public class FourEyesViolationException extends DomainException {

	public FourEyesViolationException(String messageCode, Object... arguments) {
		super(messageCode, arguments);
	}

	/** The refusal of a four-eyes rule, explained by the error text of its reason. */
	public static FourEyesViolationException of(String reason) {
		return new FourEyesViolationException("error." + reason);
	}

}
