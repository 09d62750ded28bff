package de.foerderfluss.review.web;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.review.EarlyStartRule;
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
 * The content assessment (fachliche Prüfung): the case worker sees what the rules found
 * and the cost plan, and recommends approval at an amount up to the grantable maximum, or
 * rejection, with a justification.
 */
@PageController
class AssessmentPageController {

	private final ReviewService reviews;

	private final ReviewViews views;

	private final ApplicationLookup applications;

	private final MessageSourceAccessor messages;

	private final Formats formats;

	AssessmentPageController(ReviewService reviews, ReviewViews views, ApplicationLookup applications,
			MessageSourceAccessor messages, Formats formats) {
		this.reviews = reviews;
		this.views = views;
		this.applications = applications;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/antraege/{id}/bewertung")
	String form(@PathVariable Long id, Model model) {
		CaseFile caseFile = this.views.caseFile(Actor.current(), id);
		model.addAttribute("form", new AssessmentForm(null, caseFile.grantableMaximum().amount(), null, null, null));
		return page(caseFile, model);
	}

	@PostMapping("/antraege/{id}/bewertung")
	String assess(@PathVariable Long id, @Valid @ModelAttribute("form") AssessmentForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			Money amount = (form.amount() != null) ? Money.of(form.amount()) : null;
			this.reviews.assess(id, form.recommendation(), amount, form.justification(),
					new EarlyStartRule.Ruling(form.earlyStartAccepted(), form.earlyStartReason()));
			// The reservation ran in the same step: a budget that cannot cover it rejects
			// the case.
			Application assessed = this.applications.visibleTo(Actor.current(), id);
			String done = (form.recommendation() == Recommendation.REJECT)
					? this.messages.getMessage("review.assessment.done-reject",
							new Object[] { assessed.getFileNumber() })
					: (assessed.getStatus() == ApplicationStatus.REJECTED)
							? this.messages.getMessage("review.assessment.done-no-budget",
									new Object[] { assessed.getFileNumber() })
							: this.messages.getMessage("review.assessment.done-approve",
									new Object[] { assessed.getFileNumber(), this.formats.money(amount) });
			redirect.addFlashAttribute("success", done);
			return "redirect:/aufgaben";
		}, () -> page(this.views.caseFile(Actor.current(), id), model));
	}

	private String page(CaseFile caseFile, Model model) {
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("open", caseFile.status() == ApplicationStatus.IN_REVIEW);
		model.addAttribute("budget", this.views.budget(caseFile));
		model.addAttribute("recommendations", Recommendation.values());
		Application application = this.applications.visibleTo(Actor.current(), caseFile.id());
		model.addAttribute("earlyStartRuling",
				EarlyStartRule.needsRuling(application, this.reviews.earlyStartOf(caseFile.id())));
		return "review/assessment";
	}

}
