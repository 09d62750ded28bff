package de.foerderfluss.application.web;

import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationDocument;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ContractReceipts;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.DocumentStore;
import de.foerderfluss.security.Actor;
import de.foerderfluss.web.FormErrors;
import de.foerderfluss.web.PageController;
import jakarta.validation.constraints.Size;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case worker opens the contract the carrier signed and uploaded and confirms that it
 * arrived signed as offered, or sends it back with the reason.
 */
@PageController
class ContractReceiptPageController {

	private final ApplicationLookup lookup;

	private final DocumentStore documents;

	private final ContractReceipts receipts;

	private final MessageSourceAccessor messages;

	ContractReceiptPageController(ApplicationLookup lookup, DocumentStore documents, ContractReceipts receipts,
			MessageSourceAccessor messages) {
		this.lookup = lookup;
		this.documents = documents;
		this.receipts = receipts;
		this.messages = messages;
	}

	@GetMapping("/antraege/{id}/vertrag/eingang")
	String form(@PathVariable Long id, Model model) {
		model.addAttribute("form", new ReceiptForm(null, null));
		return page(id, model);
	}

	@PostMapping("/antraege/{id}/vertrag/eingang")
	String confirm(@PathVariable Long id, @Validated @ModelAttribute("form") ReceiptForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (form.confirmed() == null) {
			binding.rejectValue("confirmed", "application.contract-receipt.choice.required");
		}
		return FormErrors.takeStep(binding, () -> {
			Application application = this.receipts.confirm(id, form.confirmed(), form.note());
			redirect.addFlashAttribute("success",
					this.messages.getMessage(
							form.confirmed() ? "application.contract-receipt.confirmed"
									: "application.contract-receipt.refused",
							new Object[] { application.getFileNumber() }));
			return "redirect:/antraege/" + id;
		}, () -> page(id, model));
	}

	private String page(Long id, Model model) {
		Actor actor = Actor.current();
		Application application = this.lookup.visibleTo(actor, id);
		Optional<ApplicationDocument> signed = this.documents.listFor(actor, id)
			.stream()
			.filter((document) -> document.getKind() == DocumentKind.SIGNED_CONTRACT)
			.reduce((first, second) -> second);
		Optional<ApplicationDocument> offered = this.documents.listFor(actor, id)
			.stream()
			.filter((document) -> document.getKind() == DocumentKind.FORWARDING_CONTRACT)
			.reduce((first, second) -> second);
		model.addAttribute("caseFile", application);
		model.addAttribute("open",
				application.getContractReceivedAt() != null && application.getContractAcceptedAt() == null);
		model.addAttribute("signed", signed.orElse(null));
		model.addAttribute("signedPath", signed.map(ApplicationViews::href).orElse(null));
		model.addAttribute("offeredPath", offered.map(ApplicationViews::href).orElse(null));
		return "application/contract-receipt";
	}

	/** Whether the contract arrived signed as offered, and why not. */
	record ReceiptForm(Boolean confirmed, @Size(max = 2000) String note) {
	}

}
