package de.foerderfluss.review.web;

import java.time.Instant;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.review.CompletenessCheck;
import de.foerderfluss.review.ReviewService;
import de.foerderfluss.security.Actor;
import de.foerderfluss.web.FormErrors;
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
 * The formal check (Formalprüfung): a case worker sees the application, its cost plan and
 * documents, and finds it complete or asks the carrier for what is missing.
 */
@PageController
class CompletenessPageController {

	private final ReviewService reviews;

	private final ReviewViews views;

	private final ApplicationLookup applications;

	private final MessageSourceAccessor messages;

	CompletenessPageController(ReviewService reviews, ReviewViews views, ApplicationLookup applications,
			MessageSourceAccessor messages) {
		this.reviews = reviews;
		this.views = views;
		this.applications = applications;
		this.messages = messages;
	}

	@GetMapping("/antraege/{id}/vollstaendigkeit")
	String form(@PathVariable Long id, Model model) {
		model.addAttribute("form", new CompletenessForm(null, null));
		return page(id, model);
	}

	@PostMapping("/antraege/{id}/vollstaendigkeit")
	String check(@PathVariable Long id, @Valid @ModelAttribute("form") CompletenessForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			this.reviews.checkCompleteness(id, form.complete(), form.missing());
			// The rules ran in the same step: the case is in review now, or rejected by
			// them.
			Application checked = this.applications.visibleTo(Actor.current(), id);
			String done = !form.complete()
					? this.messages.getMessage("review.completeness.requested",
							new Object[] { checked.getFileNumber() })
					: (checked.getStatus() == ApplicationStatus.REJECTED)
							? this.messages.getMessage("review.completeness.not-eligible",
									new Object[] { checked.getFileNumber(), checked.getRejectionReason() })
							: this.messages.getMessage("review.completeness.complete",
									new Object[] { checked.getFileNumber() });
			redirect.addFlashAttribute("success", done);
			return "redirect:/aufgaben";
		}, () -> page(id, model));
	}

	private String page(Long id, Model model) {
		CaseFile caseFile = this.views.caseFile(Actor.current(), id);
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("open", caseFile.status() == ApplicationStatus.SUBMITTED);
		model.addAttribute("earlier",
				this.reviews.completenessChecksOf(id)
					.stream()
					.filter((check) -> !check.isComplete())
					.map((check) -> EarlierRequest.of(check, this.views.name(check.getCheckedBy())))
					.toList());
		return "review/completeness";
	}

	/** An earlier request for documents, shown when the carrier has sent them. */
	public record EarlierRequest(String missing, String checkedBy, Instant checkedAt) {

		static EarlierRequest of(CompletenessCheck check, String checkedBy) {
			return new EarlierRequest(check.getMissing(), checkedBy, check.getCheckedAt());
		}

	}

}
