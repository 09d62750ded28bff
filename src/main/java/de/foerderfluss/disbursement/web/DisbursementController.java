package de.foerderfluss.disbursement.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.disbursement.DisbursementService;
import de.foerderfluss.disbursement.FundCall;
import de.foerderfluss.disbursement.FundCallStatus;
import de.foerderfluss.disbursement.Payout;
import de.foerderfluss.disbursement.PayoutStatus;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.Money;
import de.foerderfluss.web.Amount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class DisbursementController {

	private final DisbursementService disbursements;

	DisbursementController(DisbursementService disbursements) {
		this.disbursements = disbursements;
	}

	@PostMapping("/applications/{id}/fund-calls")
	ResponseEntity<FundCallView> callFunds(@PathVariable Long id, @Valid @RequestBody FundCallRequest request) {
		FundCall fundCall = this.disbursements.callFunds(id, Money.of(request.amount()), request.neededOn(),
				request.note());
		return ResponseEntity.created(URI.create("/api/v1/fund-calls/" + fundCall.getId()))
			.body(FundCallView.of(fundCall));
	}

	@GetMapping("/applications/{id}/fund-calls")
	List<FundCallView> fundCalls(@PathVariable Long id) {
		return this.disbursements.fundCallsOf(Actor.current(), id).stream().map(FundCallView::of).toList();
	}

	@PostMapping("/fund-calls/{id}/verification")
	FundCallView verify(@PathVariable Long id, @Valid @RequestBody VerificationRequest request) {
		return FundCallView.of(this.disbursements.verify(id, request.correct(), request.note()));
	}

	@PostMapping("/fund-calls/{id}/release")
	ReleaseView release(@PathVariable Long id) {
		Payout payout = this.disbursements.release(id);
		return new ReleaseView(payout.getId(), payout.getAmount());
	}

	@GetMapping("/payouts")
	List<PayoutView> payouts(@RequestParam(required = false) PayoutStatus status) {
		return this.disbursements.payouts(status).stream().map(PayoutView::of).toList();
	}

	record FundCallRequest(@NotNull @Positive @Amount BigDecimal amount, LocalDate neededOn,
			@Size(max = 2000) String note) {
	}

	record VerificationRequest(@NotNull Boolean correct, @Size(max = 2000) String note) {
	}

	record FundCallView(Long id, Long applicationId, FundCallStatus status, Money amount, LocalDate neededOn,
			String note, String submittedBy, Instant submittedAt, String verifiedBy, Instant verifiedAt,
			String verificationNote, String releasedBy, Instant releasedAt) {

		static FundCallView of(FundCall call) {
			return new FundCallView(call.getId(), call.getApplicationId(), call.getStatus(), call.getAmount(),
					call.getNeededOn(), call.getNote(), call.getSubmittedBy(), call.getSubmittedAt(),
					call.getVerifiedBy(), call.getVerifiedAt(), call.getVerificationNote(), call.getReleasedBy(),
					call.getReleasedAt());
		}

	}

	record ReleaseView(Long payoutId, Money amount) {
	}

	record PayoutView(Long id, Long fundCallId, Long applicationId, PayoutStatus status, Money amount, String payeeName,
			String iban, String verifiedBy, Instant verifiedAt, String releasedBy, Instant releasedAt,
			String statement) {

		static PayoutView of(Payout payout) {
			return new PayoutView(payout.getId(), payout.getFundCallId(), payout.getApplicationId(), payout.getStatus(),
					payout.getAmount(), payout.getPayeeName(), payout.getIban(), payout.getVerifiedBy(),
					payout.getVerifiedAt(), payout.getReleasedBy(), payout.getReleasedAt(),
					"/api/v1/payouts/" + payout.getId() + "/statement");
		}

	}

}
