package de.foerderfluss.workflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import de.foerderfluss.application.ModuleLimits;
import de.foerderfluss.review.EligibilityFacts;
import de.foerderfluss.review.EligibilityOutcome;
import de.foerderfluss.shared.Languages;
import de.foerderfluss.shared.Money;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Evaluates the decision tables in {@code bpmn/} that KI staff tune: eligibility, the
 * limits per module (with the module A flat rate) and the approval authority by amount.
 */
@Component
class RuleBook implements ModuleLimits {

	static final String ELIGIBILITY = "eligibility";

	static final String MODULE_LIMITS = "module-limits";

	static final String APPROVAL_AUTHORITY = "approval-authority";

	private final DecisionService decisions;

	private final RulePreview preview;

	private final MessageSource messages;

	RuleBook(DecisionService decisions, RulePreview preview, MessageSource messages) {
		this.decisions = decisions;
		this.preview = preview;
		this.messages = messages;
	}

	EligibilityOutcome eligibility(EligibilityFacts facts) {
		Map<String, Object> variables = Map.of("module", facts.module(), "legalForm", facts.legalForm(),
				"requestedAmount", facts.requestedAmount(), "rooms", facts.rooms(), "periodWithinFundingYear",
				facts.periodWithinFundingYear());
		DmnDecisionResultEntries eligibility = single(ELIGIBILITY, variables);
		if (!Boolean.TRUE.equals(eligibility.getEntry("eligible"))) {
			return new EligibilityOutcome(false, Money.ZERO, false, eligibility.getEntry("reason"));
		}
		DmnDecisionResultEntries limits = single(MODULE_LIMITS, variables);
		if (limits == null) {
			return new EligibilityOutcome(false, Money.ZERO, false, this.messages.getMessage("reason.no-module-limit",
					new Object[] { facts.module() }, Languages.OFFICIAL));
		}
		return new EligibilityOutcome(true, money(limits.getEntry("maximumAmount")),
				Boolean.TRUE.equals(limits.getEntry("flatRate")), limits.getEntry("note"));
	}

	/**
	 * The limit as the current table sets it, for pages that explain the rules before
	 * anything is decided: evaluated without writing decision history, so a page read
	 * changes nothing (and runs in a read-only transaction).
	 */
	@Override
	public Optional<Limit> limitFor(String module, Money plannedCosts, Integer rooms) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("module", module);
		variables.put("requestedAmount", plannedCosts.amount());
		variables.put("rooms", (rooms != null) ? rooms : 0);
		DmnDecisionResultEntries limits = this.preview.evaluate(MODULE_LIMITS, variables).getFirstResult();
		return Optional.ofNullable(limits)
			.map((entries) -> new Limit(money(entries.getEntry("maximumAmount")),
					Boolean.TRUE.equals(entries.getEntry("flatRate")), entries.getEntry("note")));
	}

	boolean coSignatureRequired(Money amount) {
		DmnDecisionResultEntries authority = single(APPROVAL_AUTHORITY, Map.of("amount", amount.amount()));
		return authority != null && Boolean.TRUE.equals(authority.getEntry("coSignatureRequired"));
	}

	private DmnDecisionResultEntries single(String decisionKey, Map<String, Object> variables) {
		DmnDecisionResult result = this.decisions.evaluateDecisionByKey(decisionKey).variables(variables).evaluate();
		return result.getFirstResult();
	}

	private static Money money(Object value) {
		return Money.of(new BigDecimal(String.valueOf(value)).setScale(2, RoundingMode.HALF_UP));
	}

}
