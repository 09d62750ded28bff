package de.foerderfluss.review.web;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
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
 * A case worker answers the carrier's request to start the measure before the approval
 * (VV Nr. 1.3 zu § 44 LHO NRW); the letter in the case worker's name follows at once.
 */
@PageController
class EarlyStartPageController {

	private final ReviewService reviews;

	private final ReviewViews views;

	private final ApplicationLookup applications;

	private final MessageSourceAccessor messages;

	EarlyStartPageController(ReviewService reviews, ReviewViews views, ApplicationLookup applications,
			MessageSourceAccessor messages) {
		this.reviews = reviews;
		this.views = views;
		this.applications = applications;
		this.messages = messages;
	}

	@GetMapping("/antraege/{id}/vorzeitiger-beginn")
	String form(@PathVariable Long id, Model model) {
		model.addAttribute("form", new EarlyStartForm(null, null));
		return page(id, model);
	}

	@PostMapping("/antraege/{id}/vorzeitiger-beginn")
	String decide(@PathVariable Long id, @Valid @ModelAttribute("form") EarlyStartForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			this.reviews.decideEarlyStart(id, form.permitted(), form.reason());
			Application application = this.applications.visibleTo(Actor.current(), id);
			redirect.addFlashAttribute("success",
					this.messages.getMessage(
							form.permitted() ? "review.early-start.done-permitted" : "review.early-start.done-refused",
							new Object[] { application.getFileNumber() }));
			return "redirect:/antraege/" + id;
		}, () -> page(id, model));
	}

	private String page(Long id, Model model) {
		Application application = this.applications.visibleTo(Actor.current(), id);
		model.addAttribute("caseFile", this.views.caseFile(Actor.current(), id));
		// Not "application" or "request": Thymeleaf reserves those names.
		model.addAttribute("startRequest", application);
		model.addAttribute("decided", this.reviews.earlyStartOf(id).orElse(null));
		return "review/early-start";
	}

}
