package de.foerderfluss.shared;

/** Someone else changed the same case at the same moment; the step can be retried. */
public class ConcurrentChangeException extends DomainException {

	public ConcurrentChangeException(Throwable cause) {
		super("error.concurrent-change");
		initCause(cause);
	}

}
