package de.foerderfluss.review.web;

import java.math.BigDecimal;

import de.foerderfluss.web.Amount;
import jakarta.validation.constraints.Size;

/**
 * The approver's decision, or a second approver's co-signature: approve (co-sign) or
 * reject (refuse), the amount of a first decision, and the reason a rejection needs (the
 * service says so; it goes into the rejection notice).
 */
record DecisionForm(Boolean approved, @Amount BigDecimal amount, @Size(max = 4000) String reason) {

}
