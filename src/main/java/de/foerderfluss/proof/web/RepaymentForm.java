package de.foerderfluss.proof.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import de.foerderfluss.web.Amount;
import jakarta.validation.constraints.NotNull;

/**
 * Money received back, as finance confirms it. Whether it is positive and within what is
 * outstanding, the service decides; partial payments are fine.
 */
record RepaymentForm(@NotNull @Amount BigDecimal amount, LocalDate receivedOn) {

}
