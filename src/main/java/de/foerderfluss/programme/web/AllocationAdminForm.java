package de.foerderfluss.programme.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A new allocation of a funding year or a module, typed the German way; how low and how
 * high it may be, the year and the module decide.
 */
record AllocationAdminForm(@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal allocation) {

}
