package de.foerderfluss.proof.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.application.ApplicationState;
import de.foerderfluss.application.MoneyTrails;
import de.foerderfluss.proof.Hearing;
import de.foerderfluss.proof.HearingIntent;
import de.foerderfluss.proof.HearingOutcome;
import de.foerderfluss.proof.HearingService;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.NotFoundException;
import de.foerderfluss.web.Amount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The hearing before a burdening decision: read it, answer it, decide after it. */
@RestController
@RequestMapping("/api/v1/applications/{id}/hearing")
class HearingController {

	private final HearingService hearings;

	private final MoneyTrails money;

	HearingController(HearingService hearings, MoneyTrails money) {
		this.hearings = hearings;
		this.money = money;
	}

	@GetMapping
	HearingView get(@PathVariable Long id) {
		return this.hearings.hearingOf(Actor.current(), id)
			.map((hearing) -> HearingView.of(id, hearing))
			.orElseThrow(() -> new NotFoundException("hearing", id));
	}

	@PostMapping("/answer")
	HearingView answer(@PathVariable Long id, @Valid @RequestBody AnswerRequest request) {
		return HearingView.of(id, this.hearings.answer(id, request.text(), request.documentIds()));
	}

	@PostMapping("/decision")
	ApplicationState decide(@PathVariable Long id, @Valid @RequestBody DecisionRequest request) {
		Money amount = (request.amount() != null) ? Money.of(request.amount()) : null;
		return this.money.stateOf(this.hearings.decide(id, request.outcome() == Outcome.UPHOLD, amount,
				request.reasons(), request.ineffectiveFrom()));
	}

	record AnswerRequest(@Size(max = HearingService.MAX_TEXT) String text,
			@Size(max = 20) List<@NotNull Long> documentIds) {
	}

	/**
	 * Uphold the intended decision (with the amount, at most what was announced) or drop
	 * it.
	 */
	enum Outcome {

		UPHOLD, DROP

	}

	record DecisionRequest(@NotNull Outcome outcome, @Positive @Amount BigDecimal amount,
			@NotBlank @Size(max = HearingService.MAX_TEXT) String reasons, LocalDate ineffectiveFrom) {
	}

	record HearingView(Long applicationId, HearingIntent intent, Money paidAmount, Money recognisedAmount,
			Money proposedAmount, String findings, LocalDate deadline, String openedBy, Instant openedAt, String letter,
			String answer, List<Long> answerDocumentIds, String answeredBy, Instant answeredAt, Instant lapsedAt,
			boolean readyForDecision, HearingOutcome outcome, Money decidedAmount, String reasons, String decidedBy,
			Instant decidedAt) {

		static HearingView of(Long applicationId, Hearing hearing) {
			return new HearingView(applicationId, hearing.getIntent(), hearing.getPaidAmount(),
					hearing.getRecognisedAmount(), hearing.getProposedAmount(), hearing.getFindings(),
					hearing.getDeadline(), hearing.getOpenedBy(), hearing.getOpenedAt(),
					"/api/v1/applications/" + applicationId + "/documents/hearing-letter", hearing.getAnswer(),
					hearing.getAnswerDocumentIds(), hearing.getAnsweredBy(), hearing.getAnsweredAt(),
					hearing.getLapsedAt(), hearing.isReadyForDecision(), hearing.getOutcome(),
					hearing.getDecidedAmount(), hearing.getReasons(), hearing.getDecidedBy(), hearing.getDecidedAt());
		}

	}

}
