package de.foerderfluss.proof.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import de.foerderfluss.proof.HearingService;
import de.foerderfluss.shared.Money;
import de.foerderfluss.web.Amount;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The case worker's decision after the hearing: uphold (with the amount reclaimed) or
 * drop, the day the grant became ineffective (interest runs from it), and the reasons
 * with the discretionary considerations. The amount's limits and that reasons are given,
 * the service decides.
 */
record HearingDecisionForm(@NotNull Boolean uphold, @Amount BigDecimal amount,
		@Size(max = HearingService.MAX_TEXT) String reasons, LocalDate ineffectiveFrom) {

	Money reclaimed() {
		return (this.amount != null) ? Money.of(this.amount) : null;
	}

}
