package de.foerderfluss.proof;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLifecycle;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.SignedAct;
import de.foerderfluss.security.SigningAuthority;
import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.StepNotAllowedException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Interest under § 49a VwVfG NRW: the base-rate table, the computation per case, the case
 * worker's decision to set or waive it, and finance's booking of its payment.
 */
@Service
@Transactional
@EnableConfigurationProperties(InterestProperties.class)
public class InterestService {

	private static final BigDecimal LOWEST_RATE = BigDecimal.valueOf(-10);

	private static final BigDecimal HIGHEST_RATE = BigDecimal.valueOf(20);

	private final ApplicationLookup lookup;

	private final ApplicationLifecycle lifecycle;

	private final Clawbacks clawbacks;

	private final Repayments repayments;

	private final InterestClaims claims;

	private final InterestPayments payments;

	private final BaseRates baseRates;

	private final InterestProperties properties;

	private final Clock clock;

	private final SigningAuthority signing;

	InterestService(ApplicationLookup lookup, ApplicationLifecycle lifecycle, Clawbacks clawbacks,
			Repayments repayments, InterestClaims claims, InterestPayments payments, BaseRates baseRates,
			InterestProperties properties, Clock clock, SigningAuthority signing) {
		this.signing = signing;
		this.lookup = lookup;
		this.lifecycle = lifecycle;
		this.clawbacks = clawbacks;
		this.repayments = repayments;
		this.claims = claims;
		this.payments = payments;
		this.baseRates = baseRates;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * What the interest of the case comes to today, per period; refused with the
	 * half-years that lack a base rate.
	 */
	@Transactional(readOnly = true)
	public InterestComputation proposal(Actor actor, Long applicationId) {
		this.lookup.visibleTo(actor, applicationId);
		return compute(applicationId);
	}

	/**
	 * The case worker sets the interest by notice, or waives it (below the waiver limit,
	 * with reasons), which closes the case.
	 */
	@PreAuthorize("hasRole('REVIEWER')")
	public InterestClaim decide(Long applicationId, boolean waive, String reason) {
		Application application = this.lookup.visibleTo(Actor.current(), applicationId);
		application.requireInterestDue();
		if (this.claims.findByApplicationId(applicationId).isPresent()) {
			throw new StepNotAllowedException("error.interest.already-set");
		}
		InterestComputation computation = compute(applicationId);
		// The case worker decides and signs the interest notice (or the waiver) in the
		// authority's name: only within their signing authority.
		this.signing.require(Actor.current(), SignedAct.INTEREST, computation.total());
		String text = StringUtils.hasText(reason) ? reason.strip() : null;
		if (waive) {
			Money limit = this.properties.waiverLimitAmount();
			if (!computation.total().isLessThan(limit)) {
				throw new InvalidInputException("waive", "error.interest.waiver-above-limit",
						computation.total().amount(), limit.amount());
			}
			if (text == null) {
				throw new InvalidInputException("reason", "error.interest.reason-required");
			}
			InterestClaim claim = this.claims.save(InterestClaim.waive(applicationId, computation, text));
			this.lifecycle.closeInterestSettled(application);
			return claim;
		}
		if (!computation.total().isPositive()) {
			throw new InvalidInputException("waive", "error.interest.nothing-to-set");
		}
		LocalDate due = LocalDate.now(this.clock).plus(this.properties.paymentPeriod());
		return this.claims.save(InterestClaim.set(applicationId, computation, due, text));
	}

	/** Finance books interest received; the case closes once nothing is outstanding. */
	@PreAuthorize("hasRole('FINANCE')")
	public Application confirmPayment(Long applicationId, Money amount, LocalDate receivedOn) {
		Application application = this.lookup.visibleTo(Actor.current(), applicationId);
		if (amount == null || !amount.isPositive()) {
			throw new InvalidInputException("amount", "error.amount.positive");
		}
		LocalDate received = received(receivedOn);
		application.requireInterestDue();
		InterestClaim claim = this.claims.findByApplicationId(applicationId)
			.filter((set) -> !set.isWaived())
			.orElseThrow(() -> new StepNotAllowedException("error.interest.not-set"));
		boolean settled = claim.recordPayment(amount);
		this.payments.save(new InterestPayment(applicationId, amount, received));
		this.claims.save(claim);
		if (settled) {
			this.lifecycle.closeInterestSettled(application);
		}
		return application;
	}

	/** The interest as set, for those who may see the case. */
	@Transactional(readOnly = true)
	public Optional<InterestClaim> claimOf(Actor actor, Long applicationId) {
		this.lookup.visibleTo(actor, applicationId);
		return this.claims.findByApplicationId(applicationId);
	}

	@Transactional(readOnly = true)
	public Optional<InterestClaim> claimOf(Long applicationId) {
		return this.claims.findByApplicationId(applicationId);
	}

	@Transactional(readOnly = true)
	public List<InterestPayment> paymentsOf(Long applicationId) {
		return this.payments.findByApplicationIdOrderById(applicationId);
	}

	/** The base-rate table, latest first. */
	@Transactional(readOnly = true)
	public List<BaseRate> baseRates() {
		return this.baseRates.findAllByOrderByValidFromDesc();
	}

	/**
	 * An administrator records the base rate of a half-year as the Bundesbank published
	 * it.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public BaseRate recordBaseRate(LocalDate validFrom, BigDecimal ratePercent) {
		if (validFrom == null || !HalfYears.isStart(validFrom)) {
			throw new InvalidInputException("validFrom", "error.base-rate.not-half-year");
		}
		if (ratePercent == null || ratePercent.compareTo(LOWEST_RATE) < 0 || ratePercent.compareTo(HIGHEST_RATE) > 0) {
			throw new InvalidInputException("ratePercent", "error.base-rate.out-of-range");
		}
		if (this.baseRates.existsById(validFrom)) {
			throw new InvalidInputException("validFrom", "error.base-rate.exists", GermanDates.date(validFrom));
		}
		return this.baseRates.saveAndFlush(new BaseRate(validFrom, ratePercent));
	}

	public InterestProperties properties() {
		return this.properties;
	}

	/** The day money was received: today unless named; never in the future. */
	LocalDate received(LocalDate receivedOn) {
		LocalDate today = LocalDate.now(this.clock);
		if (receivedOn != null && receivedOn.isAfter(today)) {
			throw new InvalidInputException("receivedOn", "error.repayment.received-in-future");
		}
		return (receivedOn != null) ? receivedOn : today;
	}

	private InterestComputation compute(Long applicationId) {
		return calculator().compute(accruals(applicationId));
	}

	private InterestCalculator calculator() {
		Map<LocalDate, BigDecimal> rates = this.baseRates.findAllByOrderByValidFrom()
			.stream()
			.collect(Collectors.toMap(BaseRate::getValidFrom, BaseRate::getRatePercent));
		return new InterestCalculator(rates, this.properties.marginPercent());
	}

	/**
	 * § 49a Abs. 3: the amount reclaimed bears interest from the day the grant became
	 * ineffective; each repayment lowers it from the day it was received.
	 */
	private List<Accrual> accruals(Long applicationId) {
		List<Accrual> accruals = new ArrayList<>();
		this.clawbacks.findFirstByApplicationIdOrderByIdDesc(applicationId).ifPresent((clawback) -> {
			Money outstanding = clawback.getAmount();
			LocalDate from = clawback.getIneffectiveFrom();
			List<Repayment> received = this.repayments.findByApplicationIdOrderById(applicationId)
				.stream()
				.sorted(Comparator.comparing(Repayment::getReceivedOn))
				.toList();
			for (Repayment repayment : received) {
				LocalDate until = repayment.getReceivedOn().isAfter(from) ? repayment.getReceivedOn() : from;
				accruals.add(new Accrual(InterestKind.REFUND, outstanding, from, until));
				outstanding = outstanding.minus(repayment.getAmount());
				from = until;
			}
			if (outstanding.isPositive()) {
				accruals.add(new Accrual(InterestKind.REFUND, outstanding, from, LocalDate.now(this.clock)));
			}
		});
		return accruals;
	}

}
