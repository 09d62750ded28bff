package de.foerderfluss.review.web;

import java.math.BigDecimal;

import de.foerderfluss.review.Recommendation;
import de.foerderfluss.web.Amount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The assessor's vote: approve or reject, the amount recommended for approval (the
 * service checks it against the grantable maximum) and the justification; for a measure
 * begun before the approval without permission, the ruling on that start.
 */
record AssessmentForm(@NotNull Recommendation recommendation, @Amount BigDecimal amount,
		@NotBlank @Size(max = 4000) String justification, Boolean earlyStartAccepted,
		@Size(max = 2000) String earlyStartReason) {

}
