package de.foerderfluss.proof.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import de.foerderfluss.web.Amount;
import jakarta.validation.constraints.NotNull;

/** Interest received, as finance confirms it; the day it reached the account. */
record InterestPaymentForm(@NotNull @Amount BigDecimal amount, @NotNull LocalDate receivedOn) {

}
