package de.foerderfluss.application.web;

import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationService;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.DocumentStore;
import de.foerderfluss.security.Actor;
import de.foerderfluss.web.FormErrors;
import de.foerderfluss.web.Formats;
import de.foerderfluss.web.PageController;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The carrier reads the approval and accepts the forwarding contract with a ticked box;
 * afterwards the page still shows the terms and when they were accepted.
 */
@PageController
class ContractPageController {

	static final String PAGE = "/vertrag";

	private final CarrierStep step;

	private final ApplicationService service;

	private final DocumentStore documents;

	private final ContractTerms terms;

	private final MessageSourceAccessor messages;

	private final Formats formats;

	ContractPageController(CarrierStep step, ApplicationService service, DocumentStore documents, ContractTerms terms,
			MessageSourceAccessor messages, Formats formats) {
		this.step = step;
		this.service = service;
		this.documents = documents;
		this.terms = terms;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/antraege/{id}" + PAGE)
	String form(@PathVariable Long id, Model model) {
		model.addAttribute("form", new ContractForm(null));
		return page(id, model);
	}

	@PostMapping("/antraege/{id}" + PAGE)
	String accept(@PathVariable Long id, @ModelAttribute("form") ContractForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!form.accepted()) {
			binding.rejectValue("accept", "application.contract.accept.required");
			return page(id, model);
		}
		return FormErrors.takeStep(binding, () -> {
			Application application = this.service.acceptContract(id);
			redirect.addFlashAttribute("success", this.messages.getMessage("application.contract.accepted",
					new Object[] { application.getFileNumber(), this.formats.money(application.getApprovedAmount()) }));
			return "redirect:/antraege/" + id;
		}, () -> page(id, model));
	}

	private String page(Long id, Model model) {
		Application application = this.step.caseOf(id);
		boolean accepted = application.getContractAcceptedAt() != null;
		// Once accepted the terms stay readable; before, the process must offer the step.
		StepView open = accepted ? null : this.step.open(application, PAGE, "step.contract");
		Optional<String> notice = this.documents.listFor(Actor.current(), id)
			.stream()
			.filter((document) -> document.getKind() == DocumentKind.APPROVAL_NOTICE)
			.findFirst()
			.map((document) -> "/api/v1/applications/" + id + "/documents/approval-notice");
		model.addAttribute("caseFile", application);
		model.addAttribute("step", open);
		model.addAttribute("accepted", accepted);
		model.addAttribute("terms", this.terms.of(application));
		model.addAttribute("noticePath", notice.orElse(null));
		return "application/contract";
	}

}
