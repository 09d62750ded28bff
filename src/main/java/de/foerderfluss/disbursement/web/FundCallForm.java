package de.foerderfluss.disbursement.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A carrier's fund call as typed into the form. Whether the amount is positive, within
 * what remains and needed soon enough, the service decides.
 */
record FundCallForm(@NotNull @Digits(integer = 10, fraction = 2) BigDecimal amount, @NotNull LocalDate neededOn,
		@Size(max = 2000) String note) {

}
