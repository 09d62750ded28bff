package de.foerderfluss.application.web;

import java.time.Instant;
import java.util.List;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationDocument;
import de.foerderfluss.application.ApplicationService;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.DocumentProperties;
import de.foerderfluss.application.DocumentStore;
import de.foerderfluss.audit.AuditEntry;
import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.AuditTrail;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.UserDirectory;
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
 * The carrier answers a request for documents: what the KI asked for and by when, the
 * files sent since, and the resubmission with a note.
 */
@PageController
class ResubmissionPageController {

	static final String PAGE = "/nachreichung";

	private final CarrierStep step;

	private final ApplicationService service;

	private final AuditTrail audit;

	private final DocumentStore documents;

	private final DocumentProperties properties;

	private final UserDirectory users;

	private final MessageSourceAccessor messages;

	ResubmissionPageController(CarrierStep step, ApplicationService service, AuditTrail audit, DocumentStore documents,
			DocumentProperties properties, UserDirectory users, MessageSourceAccessor messages) {
		this.step = step;
		this.service = service;
		this.audit = audit;
		this.documents = documents;
		this.properties = properties;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/antraege/{id}" + PAGE)
	String form(@PathVariable Long id, Model model) {
		model.addAttribute("form", new NoteForm(null));
		return page(id, model);
	}

	@PostMapping("/antraege/{id}" + PAGE)
	String resubmit(@PathVariable Long id, @Valid @ModelAttribute("form") NoteForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			Application application = this.service.resubmit(id, form.text());
			redirect.addFlashAttribute("success", this.messages.getMessage("application.resubmission.done",
					new Object[] { application.getFileNumber() }));
			return "redirect:/antraege/" + id;
		}, () -> page(id, model));
	}

	private String page(Long id, Model model) {
		Application application = this.step.caseOf(id);
		StepView open = this.step.open(application, PAGE, "step.resubmission");
		AuditEntry request = this.audit.historyOf(id)
			.stream()
			.filter((entry) -> entry.getAction() == CaseAction.DOCUMENTS_REQUESTED)
			.reduce((first, second) -> second)
			.orElse(null);
		Instant since = (request != null) ? request.getOccurredAt() : Instant.EPOCH;
		List<ApplicationDocument> sent = this.documents.listFor(Actor.current(), id)
			.stream()
			.filter((document) -> document.getKind() == DocumentKind.UPLOAD
					&& !document.getUploadedAt().isBefore(since))
			.toList();
		model.addAttribute("caseFile", application);
		model.addAttribute("step", open);
		model.addAttribute("request", request);
		model.addAttribute("requestedBy", (request != null) ? this.users.displayName(request.getActor()) : null);
		model.addAttribute("sent", sent);
		model.addAttribute("maxMegabytes", this.properties.maxSize().toMegabytes());
		model.addAttribute("maxBytes", this.properties.maxSize().toBytes());
		return "application/resubmission";
	}

}
