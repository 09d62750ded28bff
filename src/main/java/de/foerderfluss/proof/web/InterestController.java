package de.foerderfluss.proof.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.application.ApplicationState;
import de.foerderfluss.application.MoneyTrails;
import de.foerderfluss.proof.BaseRate;
import de.foerderfluss.proof.InterestComputation;
import de.foerderfluss.proof.InterestClaim;
import de.foerderfluss.proof.InterestKind;
import de.foerderfluss.proof.InterestPeriod;
import de.foerderfluss.proof.InterestService;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.Money;
import de.foerderfluss.web.Amount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Interest of a case (§ 49a VwVfG NRW) and the base-rate table. */
@RestController
class InterestController {

	private final InterestService interest;

	private final MoneyTrails money;

	InterestController(InterestService interest, MoneyTrails money) {
		this.interest = interest;
		this.money = money;
	}

	/** The interest as set, or what it comes to today while it is still to be set. */
	@GetMapping("/api/v1/applications/{id}/interest")
	InterestView get(@PathVariable Long id) {
		return this.interest.claimOf(Actor.current(), id)
			.map((claim) -> InterestView.of(claim, this.interest.properties().waiverLimitAmount()))
			.orElseGet(() -> InterestView.proposed(this.interest.proposal(Actor.current(), id),
					this.interest.properties().waiverLimitAmount()));
	}

	@PostMapping("/api/v1/applications/{id}/interest")
	InterestView decide(@PathVariable Long id, @Valid @RequestBody InterestDecisionRequest request) {
		InterestClaim claim = this.interest.decide(id, request.waive(), request.reason());
		return InterestView.of(claim, this.interest.properties().waiverLimitAmount());
	}

	@PostMapping("/api/v1/applications/{id}/interest-payment")
	ApplicationState payment(@PathVariable Long id, @Valid @RequestBody InterestPaymentRequest request) {
		return this.money.stateOf(this.interest.confirmPayment(id, Money.of(request.amount()), request.receivedOn()));
	}

	@GetMapping("/api/v1/base-rates")
	List<BaseRateView> baseRates() {
		return this.interest.baseRates().stream().map(BaseRateView::of).toList();
	}

	@PostMapping("/api/v1/base-rates")
	@ResponseStatus(HttpStatus.CREATED)
	BaseRateView record(@Valid @RequestBody BaseRateRequest request) {
		return BaseRateView.of(this.interest.recordBaseRate(request.validFrom(), request.ratePercent()));
	}

	record InterestDecisionRequest(@NotNull Boolean waive, @Size(max = 4000) String reason) {
	}

	record InterestPaymentRequest(@NotNull @Amount BigDecimal amount, LocalDate receivedOn) {
	}

	record BaseRateRequest(@NotNull LocalDate validFrom,
			@NotNull @DecimalMin("-10.00") @DecimalMax("20.00") @Digits(integer = 2,
					fraction = 2) BigDecimal ratePercent) {
	}

	record BaseRateView(LocalDate validFrom, BigDecimal ratePercent, String recordedBy, Instant recordedAt) {

		static BaseRateView of(BaseRate rate) {
			return new BaseRateView(rate.getValidFrom(), rate.getRatePercent(), rate.getRecordedBy(),
					rate.getRecordedAt());
		}

	}

	/**
	 * @param status {@code PROPOSED} (computed today, not yet set), {@code SET} or
	 * {@code WAIVED}
	 */
	record InterestView(String status, BigDecimal marginPercent, List<PeriodView> periods, Money total,
			Money waiverLimit, boolean waivable, LocalDate dueDate, Money paid, Money outstanding, String reason,
			String decidedBy, Instant decidedAt) {

		static InterestView proposed(InterestComputation computation, Money waiverLimit) {
			return new InterestView("PROPOSED", computation.marginPercent(), periods(computation.periods()),
					computation.total(), waiverLimit, computation.total().isLessThan(waiverLimit), null, null, null,
					null, null, null);
		}

		static InterestView of(InterestClaim claim, Money waiverLimit) {
			return new InterestView(claim.isWaived() ? "WAIVED" : "SET", claim.getMarginPercent(),
					periods(claim.getPeriods()), claim.getAmount(), waiverLimit, false, claim.getDueDate(),
					claim.getPaidAmount(), claim.outstanding(), claim.getReason(), claim.getDecidedBy(),
					claim.getDecidedAt());
		}

		private static List<PeriodView> periods(List<InterestPeriod> periods) {
			return periods.stream()
				.map((p) -> new PeriodView(p.getKind(), p.getFirstDay(), p.getLastDay(), p.getDays(), p.getPrincipal(),
						p.getBaseRatePercent(), p.getRatePercent(), p.getAmount(), p.getExactAmount()))
				.toList();
		}

	}

	record PeriodView(InterestKind kind, LocalDate firstDay, LocalDate lastDay, int days, Money principal,
			BigDecimal baseRatePercent, BigDecimal ratePercent, Money amount, BigDecimal exactAmount) {
	}

}
