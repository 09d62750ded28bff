package de.foerderfluss.review.web;

import java.math.BigDecimal;

import de.foerderfluss.review.Recommendation;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The assessor's vote: approve or reject, the amount recommended for approval (the
 * service checks it against the grantable maximum) and the justification.
 */
record AssessmentForm(@NotNull Recommendation recommendation, @Digits(integer = 10, fraction = 2) BigDecimal amount,
		@NotBlank @Size(max = 4000) String justification) {

}
