package de.foerderfluss.shared;

/** The step is not open in the current state of the case. */
public class StepNotAllowedException extends DomainException {

	public StepNotAllowedException(String messageCode, Object... arguments) {
		super(messageCode, arguments);
	}

}
