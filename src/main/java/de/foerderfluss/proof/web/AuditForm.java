package de.foerderfluss.proof.web;

import java.math.BigDecimal;

import de.foerderfluss.shared.Money;
import de.foerderfluss.web.Amount;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The case worker's audit of a proof of use: accepted or not, the amount recognised and a
 * note. How much may be recognised and when the note is required, the service decides.
 */
record AuditForm(@NotNull Boolean accepted, @Amount BigDecimal recognisedAmount, @Size(max = 4000) String note) {

	Money recognised() {
		return (this.recognisedAmount != null) ? Money.of(this.recognisedAmount) : null;
	}

}
