package de.foerderfluss.review.web;

import java.time.Instant;
import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.review.Assessment;
import de.foerderfluss.review.Decision;
import de.foerderfluss.review.Recommendation;
import de.foerderfluss.review.ReviewService;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.Money;
import de.foerderfluss.web.FormErrors;
import de.foerderfluss.web.Formats;
import de.foerderfluss.web.PageController;
import jakarta.validation.Valid;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The decision of the KI head, and on the same page the co-signature a second approver
 * gives where the amount needs one. The four-eyes rule is explained before anyone tries;
 * the service refuses what it forbids.
 */
@PageController
class DecisionPageController {

	private final ReviewService reviews;

	private final ReviewViews views;

	private final ApplicationLookup applications;

	private final MessageSourceAccessor messages;

	private final Formats formats;

	DecisionPageController(ReviewService reviews, ReviewViews views, ApplicationLookup applications,
			MessageSourceAccessor messages, Formats formats) {
		this.reviews = reviews;
		this.views = views;
		this.applications = applications;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/antraege/{id}/entscheidung")
	String form(@PathVariable Long id, Model model) {
		CaseFile caseFile = this.views.caseFile(Actor.current(), id);
		model.addAttribute("form", new DecisionForm(null, proposedAmount(caseFile).amount(), null));
		return page(caseFile, model);
	}

	@PostMapping("/antraege/{id}/entscheidung")
	String decide(@PathVariable Long id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Actor actor = Actor.current();
		Optional<Decision> first = this.reviews.firstDecisionOf(id);
		if (form.approved() == null) {
			binding.rejectValue("approved",
					first.isPresent() ? "review.co-sign.approved-required" : "review.decision.approved-required");
		}
		return FormErrors.takeStep(binding, () -> {
			// A co-signature signs the amount decided; it has no amount of its own.
			Money amount = (first.isEmpty() && form.amount() != null) ? Money.of(form.amount()) : null;
			this.reviews.decide(id, form.approved(), amount, form.reason());
			Application decided = this.applications.visibleTo(actor, id);
			redirect.addFlashAttribute("success", done(decided, first.isPresent(), form.approved()));
			return "redirect:/aufgaben";
		}, () -> page(this.views.caseFile(actor, id), model));
	}

	private String done(Application decided, boolean coSignature, boolean approved) {
		String fileNumber = decided.getFileNumber();
		if (!approved) {
			return this.messages.getMessage(
					coSignature ? "review.co-sign.done-refused" : "review.decision.done-rejected",
					new Object[] { fileNumber });
		}
		if (decided.getStatus() == ApplicationStatus.APPROVED) {
			return this.messages.getMessage(coSignature ? "review.co-sign.done" : "review.decision.done-approved",
					new Object[] { fileNumber, this.formats.money(decided.getApprovedAmount()) });
		}
		// Still in approval: the amount needs a second approver's signature.
		return this.messages.getMessage("review.decision.done-needs-co-signature", new Object[] { fileNumber,
				this.formats.money(this.reviews.decisionsOf(decided.getId()).get(0).getAmount()) });
	}

	private String page(CaseFile caseFile, Model model) {
		Optional<Decision> first = this.reviews.firstDecisionOf(caseFile.id());
		Optional<Assessment> assessment = this.reviews.latestAssessment(caseFile.id());
		boolean open = caseFile.status() == ApplicationStatus.IN_APPROVAL;
		boolean coSignature = open && first.isPresent();
		BudgetView budget = this.views.budget(caseFile);
		Money proposed = coSignature ? first.get().getAmount() : proposedAmount(caseFile);
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("open", open);
		model.addAttribute("coSignature", coSignature);
		model.addAttribute("assessment", assessment.map(this::assessmentView).orElse(null));
		model.addAttribute("firstDecision", first.map(this::decisionView).orElse(null));
		model.addAttribute("fourEyes", open ? this.reviews.decisionVerdict(caseFile.id()).reason().orElse(null) : null);
		model.addAttribute("budget", budget);
		model.addAttribute("budgetShort", open && !coSignature && budget.shortOf(proposed));
		model.addAttribute("proposed", proposed);
		return "review/decision";
	}

	private static Money proposedAmount(CaseFile caseFile) {
		return (caseFile.recommendedAmount() != null && caseFile.recommendedAmount().isPositive())
				? caseFile.recommendedAmount() : caseFile.grantableMaximum();
	}

	private AssessmentView assessmentView(Assessment assessment) {
		return new AssessmentView(assessment.getRecommendation(), assessment.getAmount(), assessment.getJustification(),
				this.views.name(assessment.getAssessedBy()), assessment.getAssessedAt());
	}

	private DecisionView decisionView(Decision decision) {
		return new DecisionView(decision.isApproved(), decision.getAmount(), decision.getReason(),
				this.views.name(decision.getDecidedBy()), decision.getDecidedAt());
	}

	/** The assessment the decision rests on. */
	public record AssessmentView(Recommendation recommendation, Money amount, String justification, String assessedBy,
			Instant assessedAt) {
	}

	/** The first approver's decision, as the co-signer sees it. */
	public record DecisionView(boolean approved, Money amount, String reason, String decidedBy, Instant decidedAt) {
	}

}
