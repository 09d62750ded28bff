package de.foerderfluss.application.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationDocument;
import de.foerderfluss.application.ApplicationLookup;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The carrier uploads a document to its application. The request is read here, not bound
 * beforehand, so that a file beyond the multipart limit becomes a message at the field
 * rather than an error page.
 */
@PageController
class UploadPageController {

	static final String UPLOAD = "upload";

	/** Where a successful upload leads back to, besides the case page. */
	static final String BACK_TO_RESUBMISSION = "nachreichung";

	/** Back to the answer to a hearing, to attach what was uploaded. */
	static final String BACK_TO_HEARING = "anhoerung";

	private final ApplicationLookup lookup;

	private final DocumentStore documents;

	private final DocumentProperties properties;

	private final MessageSourceAccessor messages;

	UploadPageController(ApplicationLookup lookup, DocumentStore documents, DocumentProperties properties,
			MessageSourceAccessor messages) {
		this.lookup = lookup;
		this.documents = documents;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/antraege/{id}/unterlagen")
	String form(@PathVariable Long id, @RequestParam(name = "zurueck", required = false) String back, Model model) {
		return page(id, back, binding(), model);
	}

	@PostMapping("/antraege/{id}/unterlagen")
	String upload(@PathVariable Long id, HttpServletRequest request, Model model, RedirectAttributes redirect)
			throws IOException {
		// Read from the query of the form's action: it is there even when the body is
		// not.
		String back = request.getParameter("zurueck");
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
			return page(id, back, binding, model);
		}
		if (file == null || (file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename()))) {
			binding.rejectValue("file", "application.upload.file.required");
			return page(id, back, binding, model);
		}
		byte[] content = file.getBytes();
		return FormErrors.takeStep(binding, () -> {
			ApplicationDocument document = this.documents.upload(id, file.getOriginalFilename(), content);
			redirect.addFlashAttribute("success",
					this.messages.getMessage("application.upload.done", new Object[] { document.getFilename() }));
			String target = backTarget(back);
			return "redirect:/antraege/" + id + ((target != null) ? "/" + target : "");
		}, () -> page(id, back, binding, model));
	}

	private String page(Long id, String back, BindingResult binding, Model model) {
		Actor actor = Actor.current();
		Application application = this.lookup.visibleTo(actor, id);
		if (application.getStatus().isFinal()) {
			throw CarrierStep.notOpen(application, "step.upload");
		}
		List<ApplicationDocument> uploads = this.documents.listFor(actor, id)
			.stream()
			.filter((document) -> document.getKind() == DocumentKind.UPLOAD)
			.toList();
		model.addAttribute("caseFile", application);
		model.addAttribute("uploads", uploads);
		model.addAttribute("maxMegabytes", this.properties.maxSize().toMegabytes());
		model.addAttribute("maxBytes", this.properties.maxSize().toBytes());
		model.addAttribute("back", backTarget(back));
		model.addAttribute(UPLOAD, binding.getTarget());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + UPLOAD, binding);
		return "application/upload";
	}

	/** A page the upload may lead back to; anything else leads to the case page. */
	private static String backTarget(String back) {
		return (BACK_TO_RESUBMISSION.equals(back) || BACK_TO_HEARING.equals(back)) ? back : null;
	}

	/** The upload has one field, the file; its errors are kept like a form's. */
	private static BindingResult binding() {
		return new MapBindingResult(new HashMap<String, Object>(Map.of()), UPLOAD);
	}

}
