package de.foerderfluss.disbursement.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import de.foerderfluss.web.Amount;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A carrier's fund call as typed into the form. Whether the amount is positive, within
 * what remains and needed soon enough, the service decides.
 */
record FundCallForm(@NotNull @Amount BigDecimal amount, @NotNull LocalDate neededOn, @Size(max = 2000) String note) {

}
