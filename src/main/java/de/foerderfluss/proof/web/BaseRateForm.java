package de.foerderfluss.proof.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** A base rate as the Bundesbank published it, for the half-year from the day given. */
record BaseRateForm(@NotNull LocalDate validFrom, @NotNull @Digits(integer = 2, fraction = 2) BigDecimal ratePercent) {

}
