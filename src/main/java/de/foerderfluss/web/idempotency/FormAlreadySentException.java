package de.foerderfluss.web.idempotency;

import de.foerderfluss.shared.DomainException;

/**
 * A form was sent again while the first sending is still being processed, or its token
 * was used for another form: the page explains it rather than doing anything twice.
 */
class FormAlreadySentException extends DomainException {

	FormAlreadySentException(String messageCode) {
		super(messageCode);
	}

}
