package de.foerderfluss.shared;

/**
 * The person may not take or sign this decision: no role of theirs carries the signing
 * authority for it, or not for this amount.
 */
public class NotEntitledToSignException extends DomainException {

	public NotEntitledToSignException(String messageCode, Object... arguments) {
		super(messageCode, arguments);
	}

	/**
	 * The refusal of the signing authority, explained by the error text of its reason.
	 */
	public static NotEntitledToSignException of(String reason) {
		return new NotEntitledToSignException("error." + reason);
	}

}
