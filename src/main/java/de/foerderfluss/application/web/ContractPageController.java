package de.foerderfluss.application.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationService;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.DocumentProperties;
import de.foerderfluss.application.DocumentStore;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.UploadRefusals;
import de.foerderfluss.web.FormErrors;
import de.foerderfluss.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The carrier reads the forwarding contract the authority offers, signs it and uploads
 * the signed copy by the last day of the offer; afterwards the page shows when it arrived
 * and whether the receipt was confirmed. There is no acceptance by a click.
 */
@PageController
class ContractPageController {

	static final String PAGE = "/vertrag";

	private static final String UPLOAD = "upload";

	private final CarrierStep step;

	private final ApplicationService service;

	private final DocumentStore documents;

	private final DocumentProperties properties;

	private final ContractTerms terms;

	private final MessageSourceAccessor messages;

	ContractPageController(CarrierStep step, ApplicationService service, DocumentStore documents,
			DocumentProperties properties, ContractTerms terms, MessageSourceAccessor messages) {
		this.step = step;
		this.service = service;
		this.documents = documents;
		this.properties = properties;
		this.terms = terms;
		this.messages = messages;
	}

	@GetMapping("/antraege/{id}" + PAGE)
	String form(@PathVariable Long id, Model model) {
		return page(id, binding(), model);
	}

	@PostMapping("/antraege/{id}" + PAGE)
	String upload(@PathVariable Long id, HttpServletRequest request, Model model, RedirectAttributes redirect)
			throws IOException {
		BindingResult binding = binding();
		MultipartFile file;
		try {
			file = (request instanceof MultipartHttpServletRequest multipart) ? multipart.getFile("file") : null;
		}
		catch (MultipartException ex) {
			String name = UploadRefusals.nameProblem(ex).orElse(null);
			if (name != null) {
				binding.rejectValue("file", name);
			}
			else if (ex instanceof MaxUploadSizeExceededException) {
				binding.rejectValue("file", "error.document.too-large",
						new Object[] { this.properties.maxSize().toMegabytes() }, null);
			}
			else {
				binding.rejectValue("file", "application.upload.unreadable");
			}
			return page(id, binding, model);
		}
		if (file == null || (file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename()))) {
			binding.rejectValue("file", "application.contract.file.required");
			return page(id, binding, model);
		}
		byte[] content = file.getBytes();
		return FormErrors.takeStep(binding, () -> {
			Application application = this.service.submitSignedContract(id, file.getOriginalFilename(), content);
			redirect.addFlashAttribute("success", this.messages.getMessage("application.contract.received",
					new Object[] { application.getFileNumber() }));
			return "redirect:/antraege/" + id;
		}, () -> page(id, binding, model));
	}

	private String page(Long id, BindingResult binding, Model model) {
		Application application = this.step.caseOf(id);
		boolean received = application.getContractReceivedAt() != null || application.getContractAcceptedAt() != null;
		// Once sent the contract stays readable; before, the process must offer the step.
		StepView open = received ? null : this.step.open(application, PAGE, "step.contract");
		Optional<String> contract = this.documents.listFor(Actor.current(), id)
			.stream()
			.filter((document) -> document.getKind() == DocumentKind.FORWARDING_CONTRACT)
			.reduce((first, second) -> second)
			.map(ApplicationViews::href);
		model.addAttribute("caseFile", application);
		model.addAttribute("step", open);
		model.addAttribute("received", received);
		model.addAttribute("terms", this.terms.of(application));
		model.addAttribute("contractPath", contract.orElse(null));
		model.addAttribute("maxMegabytes", this.properties.maxSize().toMegabytes());
		model.addAttribute("maxBytes", this.properties.maxSize().toBytes());
		model.addAttribute(UPLOAD, binding.getTarget());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + UPLOAD, binding);
		return "application/contract";
	}

	private static BindingResult binding() {
		return new MapBindingResult(new HashMap<String, Object>(Map.of()), UPLOAD);
	}

}
