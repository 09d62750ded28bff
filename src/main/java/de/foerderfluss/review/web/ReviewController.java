package de.foerderfluss.review.web;

import java.math.BigDecimal;

import de.foerderfluss.application.ApplicationState;
import de.foerderfluss.application.MoneyTrails;
import de.foerderfluss.review.EarlyStartDecision;
import de.foerderfluss.review.EarlyStartRule;
import de.foerderfluss.review.Recommendation;
import de.foerderfluss.review.ReviewService;
import de.foerderfluss.shared.Money;
import de.foerderfluss.web.Amount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/applications/{id}")
class ReviewController {

	private final ReviewService reviews;

	private final MoneyTrails money;

	ReviewController(ReviewService reviews, MoneyTrails money) {
		this.money = money;
		this.reviews = reviews;
	}

	@PostMapping("/completeness")
	ApplicationState completeness(@PathVariable Long id, @Valid @RequestBody CompletenessRequest request) {
		return this.money.stateOf(this.reviews.checkCompleteness(id, request.complete(), request.missing()));
	}

	@PostMapping("/assessment")
	ApplicationState assessment(@PathVariable Long id, @Valid @RequestBody AssessmentRequest request) {
		return this.money
			.stateOf(this.reviews.assess(id, request.recommendation(), money(request.amount()), request.justification(),
					new EarlyStartRule.Ruling(request.earlyStartAccepted(), request.earlyStartReason())));
	}

	@PostMapping("/early-start")
	EarlyStartView earlyStart(@PathVariable Long id, @Valid @RequestBody EarlyStartRequest request) {
		return EarlyStartView.of(this.reviews.decideEarlyStart(id, request.permitted(), request.reason()));
	}

	@PostMapping("/decision")
	ApplicationState decision(@PathVariable Long id, @Valid @RequestBody DecisionRequest request) {
		return this.money
			.stateOf(this.reviews.decide(id, request.approved(), money(request.amount()), request.reason()));
	}

	private static Money money(BigDecimal amount) {
		return (amount != null) ? Money.of(amount) : null;
	}

	record CompletenessRequest(@NotNull Boolean complete, @Size(max = 4000) String missing) {
	}

	record AssessmentRequest(@NotNull Recommendation recommendation, @Amount BigDecimal amount,
			@jakarta.validation.constraints.NotBlank @Size(max = 4000) String justification, Boolean earlyStartAccepted,
			@Size(max = 2000) String earlyStartReason) {
	}

	record EarlyStartRequest(@NotNull Boolean permitted, @Size(max = 2000) String reason) {
	}

	/** The answer to a request to start early, and where its letter is. */
	record EarlyStartView(Long applicationId, boolean permitted, String reason, String decidedBy,
			java.time.Instant decidedAt, String letter) {

		static EarlyStartView of(EarlyStartDecision decision) {
			return new EarlyStartView(decision.getApplicationId(), decision.isPermitted(), decision.getReason(),
					decision.getDecidedBy(), decision.getDecidedAt(),
					"/api/v1/applications/" + decision.getApplicationId() + "/documents/early-start-letter");
		}

	}

	record DecisionRequest(@NotNull Boolean approved, @Amount BigDecimal amount, @Size(max = 4000) String reason) {
	}

}
