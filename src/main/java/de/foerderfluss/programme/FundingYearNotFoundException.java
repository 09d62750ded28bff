package de.foerderfluss.programme;

import de.foerderfluss.shared.InvalidInputException;

/**
 * Raised when the year (and programme) named in a request does not identify one funding
 * year.
 */
class FundingYearNotFoundException extends InvalidInputException {

	FundingYearNotFoundException(String messageCode, Object... arguments) {
		super("fundingYear", messageCode, arguments);
	}

}
