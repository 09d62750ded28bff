package de.foerderfluss.review;

import java.util.List;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.events.ApplicationRejected;
import de.foerderfluss.application.ApplicationLifecycle;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.programme.BudgetLedger;
import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.shared.Languages;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review steps the case takes on its own: rules, reservation, approval and rejection.
 */
@Service
@Transactional
public class ReviewSteps {

	private final ApplicationLookup lookup;

	private final ApplicationLifecycle lifecycle;

	private final Assessments assessments;

	private final Decisions decisions;

	private final Carriers carriers;

	private final ProgrammeCatalogue catalogue;

	private final BudgetLedger ledger;

	private final MessageSource messages;

	private final EarlyStartDecisions earlyStarts;

	ReviewSteps(ApplicationLookup lookup, ApplicationLifecycle lifecycle, Assessments assessments, Decisions decisions,
			Carriers carriers, ProgrammeCatalogue catalogue, BudgetLedger ledger, MessageSource messages,
			EarlyStartDecisions earlyStarts) {
		this.earlyStarts = earlyStarts;
		this.lookup = lookup;
		this.lifecycle = lifecycle;
		this.assessments = assessments;
		this.decisions = decisions;
		this.carriers = carriers;
		this.catalogue = catalogue;
		this.ledger = ledger;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public EligibilityFacts eligibilityFacts(Long applicationId) {
		Application application = this.lookup.byId(applicationId);
		FundingModule module = this.catalogue.module(application.getFundingModuleId());
		String legalForm = this.carriers.findById(application.getCarrierId())
			.orElseThrow(() -> new NotFoundException("carrier", application.getCarrierId()))
			.getLegalForm()
			.name();
		boolean withinYear = module.getFundingYear().covers(application.getStartDate())
				&& module.getFundingYear().covers(application.getEndDate());
		int rooms = (application.getRooms() != null) ? application.getRooms() : 0;
		return new EligibilityFacts(module.getCode(), legalForm, application.getRequestedAmount().amount(), rooms,
				withinYear);
	}

	/** Stores the rule outcome; returns whether the application is eligible. */
	public boolean recordEligibility(Long applicationId, EligibilityOutcome outcome) {
		Application application = this.lookup.byId(applicationId);
		this.lifecycle.recordEligibility(application, outcome.eligible(), outcome.maximumAmount(), outcome.flatRate(),
				outcome.reason());
		return outcome.eligible();
	}

	/**
	 * Reserves the recommended amount; returns false when the budget line cannot cover
	 * it.
	 */
	public boolean reserveBudget(Long applicationId) {
		Application application = this.lookup.byId(applicationId);
		return this.ledger.tryReserve(application.budgetAccount(), application.getRecommendedAmount());
	}

	public void rejectForLackOfBudget(Long applicationId) {
		Application application = this.lookup.byId(applicationId);
		FundingModule module = this.catalogue.module(application.getFundingModuleId());
		Money available = this.ledger.availableOn(module.getId());
		String reason = this.messages.getMessage("reason.budget-exhausted",
				new Object[] { module.budgetLine(), available.amount(), application.getRecommendedAmount().amount() },
				Languages.OFFICIAL);
		this.lifecycle.reject(application, reason, ApplicationRejected.Cause.BUDGET_EXHAUSTED);
	}

	/**
	 * The amount on which the approval authority depends: the amount the approver
	 * decided.
	 */
	@Transactional(readOnly = true)
	public Money decidedAmount(Long applicationId) {
		return lastDecision(applicationId).getAmount();
	}

	/** Turns the reservation into a commitment at the decided amount. */
	public void approve(Long applicationId) {
		Application application = this.lookup.byId(applicationId);
		this.lifecycle.approve(application, decidedAmount(applicationId));
		this.ledger.commitReservation(application.budgetAccount());
	}

	/** Rejects with the reason of the refusing decision and releases any reservation. */
	public void rejectAfterDecision(Long applicationId) {
		Application application = this.lookup.byId(applicationId);
		Decision refusal = lastDecision(applicationId);
		this.lifecycle.reject(application, refusal.getReason(), refusal.isCoSignature()
				? ApplicationRejected.Cause.CO_SIGNATURE_REFUSED : ApplicationRejected.Cause.DECISION);
		this.ledger.releaseRemaining(application.budgetAccount());
	}

	@Transactional(readOnly = true)
	public java.util.Optional<Assessment> assessmentOf(Long applicationId) {
		return this.assessments.findFirstByApplicationIdOrderByIdDesc(applicationId);
	}

	/** The answer to a request to start early, for the letter and the notice. */
	@Transactional(readOnly = true)
	public java.util.Optional<EarlyStartDecision> earlyStartOf(Long applicationId) {
		return this.earlyStarts.findByApplicationId(applicationId);
	}

	@Transactional(readOnly = true)
	public List<Decision> decisionsOf(Long applicationId) {
		return this.decisions.findByApplicationIdOrderById(applicationId);
	}

	private Decision lastDecision(Long applicationId) {
		List<Decision> all = this.decisions.findByApplicationIdOrderById(applicationId);
		if (all.isEmpty()) {
			throw new IllegalStateException("Application " + applicationId + " has no decision");
		}
		return all.get(all.size() - 1);
	}

}
