package de.foerderfluss.application.web;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationService;
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
 * The carrier withdraws its application, with a clear warning; after the first payout the
 * service refuses and the page says why.
 */
@PageController
class WithdrawalPageController {

	private final CarrierStep step;

	private final ApplicationService service;

	private final MessageSourceAccessor messages;

	WithdrawalPageController(CarrierStep step, ApplicationService service, MessageSourceAccessor messages) {
		this.step = step;
		this.service = service;
		this.messages = messages;
	}

	@GetMapping("/antraege/{id}/ruecknahme")
	String form(@PathVariable Long id, Model model) {
		model.addAttribute("form", new NoteForm(null));
		return page(id, model);
	}

	@PostMapping("/antraege/{id}/ruecknahme")
	String withdraw(@PathVariable Long id, @Valid @ModelAttribute("form") NoteForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			Application application = this.service.withdraw(id, form.text());
			redirect.addFlashAttribute("success", this.messages.getMessage("application.withdrawal.done",
					new Object[] { application.getFileNumber() }));
			return "redirect:/antraege/" + id;
		}, () -> page(id, model));
	}

	private String page(Long id, Model model) {
		Application application = this.step.caseOf(id);
		if (application.getStatus().isFinal()) {
			throw CarrierStep.notOpen(application, "step.withdrawal");
		}
		model.addAttribute("caseFile", application);
		return "application/withdrawal";
	}

}
