package de.foerderfluss.review;

import java.util.List;
import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationLifecycle;
import de.foerderfluss.programme.BudgetLedger;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.SignedAct;
import de.foerderfluss.security.SigningAuthority;
import de.foerderfluss.shared.FourEyesViolationException;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.StepNotAllowedException;
import de.foerderfluss.shared.Verdict;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** What KI case workers and the KI head do with an application. */
@Service
@Transactional
public class ReviewService {

	private final ApplicationLookup lookup;

	private final ApplicationLifecycle lifecycle;

	private final CompletenessChecks checks;

	private final Assessments assessments;

	private final Decisions decisions;

	private final BudgetLedger ledger;

	private final EarlyStartDecisions earlyStarts;

	private final SigningAuthority signing;

	ReviewService(ApplicationLookup lookup, ApplicationLifecycle lifecycle, CompletenessChecks checks,
			Assessments assessments, Decisions decisions, BudgetLedger ledger, EarlyStartDecisions earlyStarts,
			SigningAuthority signing) {
		this.earlyStarts = earlyStarts;
		this.signing = signing;
		this.lookup = lookup;
		this.lifecycle = lifecycle;
		this.checks = checks;
		this.assessments = assessments;
		this.decisions = decisions;
		this.ledger = ledger;
	}

	@PreAuthorize("hasRole('REVIEWER')")
	public Application checkCompleteness(Long id, boolean complete, String missing) {
		Actor actor = Actor.current();
		Application application = this.lookup.visibleTo(actor, id);
		if (complete) {
			this.lifecycle.confirmComplete(application);
		}
		else {
			this.lifecycle.requestDocuments(application, missing);
			if (!StringUtils.hasText(missing)) {
				throw new InvalidInputException("missing", "error.completeness.missing-required");
			}
		}
		this.checks.save(new CompletenessCheck(id, complete, missing));
		return application;
	}

	@PreAuthorize("hasRole('REVIEWER')")
	public Application assess(Long id, Recommendation recommendation, Money amount, String justification) {
		return assess(id, recommendation, amount, justification, null);
	}

	/**
	 * Assesses; a measure begun before the approval without permission needs the ruling
	 * of {@link EarlyStartRule}.
	 */
	@PreAuthorize("hasRole('REVIEWER')")
	public Application assess(Long id, Recommendation recommendation, Money amount, String justification,
			EarlyStartRule.Ruling earlyStart) {
		Actor actor = Actor.current();
		Application application = this.lookup.visibleTo(actor, id);
		boolean approval = recommendation == Recommendation.APPROVE;
		Money recommended = approval ? amount : Money.ZERO;
		// The step is checked first; a refused amount then rolls the whole step back.
		this.lifecycle.recordAssessment(application, recommended, recommendation.name());
		if (approval) {
			requireGrantable(application, amount);
		}
		boolean ruling = EarlyStartRule.needsRuling(application, this.earlyStarts.findByApplicationId(id));
		EarlyStartRule.requireRuling(ruling, earlyStart, recommendation);
		this.assessments.save(new Assessment(id, recommendation, recommended, justification,
				ruling ? new EarlyStartRule.Ruling(earlyStart.accepted(), earlyStart.reason().strip()) : null));
		return application;
	}

	/**
	 * Decides, or co-signs a decision that awaits a second approver. An approval moves
	 * the reservation to the decided amount at once, so a budget that cannot cover it is
	 * refused here.
	 */
	@PreAuthorize("hasRole('APPROVER')")
	public Application decide(Long id, boolean approved, Money amount, String reason) {
		Actor actor = Actor.current();
		Application application = this.lookup.visibleTo(actor, id);
		application.requireOpenForDecision();
		Optional<Decision> firstDecision = firstDecision(id);
		decisionVerdict(actor, id, firstDecision).enforce(FourEyesViolationException::of);

		boolean coSignature = firstDecision.isPresent();
		Money decided = null;
		if (approved) {
			decided = coSignature ? firstDecision.get().getAmount() : requireGrantable(application, amount);
			if (coSignature && amount != null && !amount.equals(decided)) {
				throw new InvalidInputException("amount", "error.decision.co-signature-amount", decided.amount());
			}
			if (!coSignature) {
				this.ledger.adjustReservation(application.budgetAccount(), decided);
			}
		}
		else if (!StringUtils.hasText(reason)) {
			throw new InvalidInputException("reason", "error.decision.reason-required");
		}
		this.decisions.save(new Decision(id, approved, decided, reason, coSignature));
		return application;
	}

	/**
	 * Permits or refuses the start of the measure before the approval, once, by letter; a
	 * refusal needs its reason.
	 */
	@PreAuthorize("hasRole('REVIEWER')")
	public EarlyStartDecision decideEarlyStart(Long id, boolean permitted, String reason) {
		Actor actor = Actor.current();
		Application application = this.lookup.visibleTo(actor, id);
		application.requireEarlyStartOpen();
		// The letter goes out in the name of the person who answers: they must be
		// entitled to sign it.
		this.signing.require(actor, SignedAct.EARLY_START, application.getRequestedAmount());
		if (this.earlyStarts.findByApplicationId(id).isPresent()) {
			throw new StepNotAllowedException("error.early-start.decided");
		}
		if (!permitted && !StringUtils.hasText(reason)) {
			throw new InvalidInputException("reason", "error.early-start.refusal-reason-required");
		}
		return this.earlyStarts
			.save(new EarlyStartDecision(id, permitted, StringUtils.hasText(reason) ? reason.strip() : null));
	}

	/** The answer to a request to start early, once given. */
	@PreAuthorize("hasAnyRole('REVIEWER', 'APPROVER')")
	@Transactional(readOnly = true)
	public Optional<EarlyStartDecision> earlyStartOf(Long id) {
		this.lookup.visibleTo(Actor.current(), id);
		return this.earlyStarts.findByApplicationId(id);
	}

	/** The latest assessment of the application, if it was assessed. */
	@PreAuthorize("hasAnyRole('REVIEWER', 'APPROVER')")
	@Transactional(readOnly = true)
	public Optional<Assessment> latestAssessment(Long id) {
		this.lookup.visibleTo(Actor.current(), id);
		return this.assessments.findFirstByApplicationIdOrderByIdDesc(id);
	}

	/** The decisions on the application in order: the decision, then any co-signature. */
	@PreAuthorize("hasAnyRole('REVIEWER', 'APPROVER')")
	@Transactional(readOnly = true)
	public List<Decision> decisionsOf(Long id) {
		this.lookup.visibleTo(Actor.current(), id);
		return this.decisions.findByApplicationIdOrderById(id);
	}

	/** The decision on the application without its co-signature, once it is decided. */
	@PreAuthorize("hasAnyRole('REVIEWER', 'APPROVER')")
	@Transactional(readOnly = true)
	public Optional<Decision> firstDecisionOf(Long id) {
		this.lookup.visibleTo(Actor.current(), id);
		return firstDecision(id);
	}

	/**
	 * Whether the signed-in approver may decide the application or co-sign its decision
	 * (four eyes), as the decision page explains it before anyone tries.
	 */
	@PreAuthorize("hasAnyRole('REVIEWER', 'APPROVER')")
	@Transactional(readOnly = true)
	public Verdict decisionVerdict(Long id) {
		Actor actor = Actor.current();
		this.lookup.visibleTo(actor, id);
		return decisionVerdict(actor, id, firstDecision(id));
	}

	private Verdict decisionVerdict(Actor actor, Long id, Optional<Decision> firstDecision) {
		return FourEyesPolicy.decision(actor.username(),
				this.assessments.findFirstByApplicationIdOrderByIdDesc(id).map(Assessment::getAssessedBy),
				firstDecision.map(Decision::getDecidedBy));
	}

	private Optional<Decision> firstDecision(Long id) {
		return this.decisions.findByApplicationIdOrderById(id)
			.stream()
			.filter((decision) -> !decision.isCoSignature())
			.findFirst();
	}

	/** The completeness checks of the application in order, with what was missing. */
	@PreAuthorize("hasAnyRole('REVIEWER', 'APPROVER')")
	@Transactional(readOnly = true)
	public List<CompletenessCheck> completenessChecksOf(Long id) {
		this.lookup.visibleTo(Actor.current(), id);
		return this.checks.findByApplicationIdOrderById(id);
	}

	private static Money requireGrantable(Application application, Money amount) {
		if (amount == null || !amount.isPositive()) {
			throw new InvalidInputException("amount", "error.amount.positive");
		}
		Money maximum = application.grantableMaximum();
		if (amount.isGreaterThan(maximum)) {
			throw new InvalidInputException("amount", "error.amount.above-grantable", maximum.amount());
		}
		// A flat rate is granted as it stands, so that the notice's rate and amount
		// agree.
		if (application.isFlatRate() && !amount.equals(maximum)) {
			throw new InvalidInputException("amount", "error.amount.flat-rate", maximum.amount());
		}
		return amount;
	}

}
