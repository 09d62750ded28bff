package de.foerderfluss.application.web;

import java.time.LocalDate;

import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.NoticeDeliveryService;
import de.foerderfluss.shared.DomainException;
import de.foerderfluss.shared.NotFoundException;
import de.foerderfluss.web.PageController;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of the case page's notices for KI staff: mark a lawsuit against a notice
 * and take the mark back, make a notice that was not opened in time available again. Each
 * leads back to the case page, with what was done or why it was refused.
 */
@PageController
class NoticeDeliveryPageController {

	private final NoticeDeliveryService deliveries;

	private final MessageSourceAccessor messages;

	NoticeDeliveryPageController(NoticeDeliveryService deliveries, MessageSourceAccessor messages) {
		this.deliveries = deliveries;
		this.messages = messages;
	}

	@PostMapping("/antraege/{id}/bescheide/klage")
	String lawsuit(@PathVariable Long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedOn,
			RedirectAttributes redirect) {
		DocumentKind notice = notice(kind);
		return step(id, redirect, () -> {
			if ("clear".equals(action)) {
				this.deliveries.clearLawsuit(id, notice);
				return this.messages.getMessage("application.delivery.lawsuit.cleared");
			}
			this.deliveries.markLawsuit(id, notice, filedOn);
			return this.messages.getMessage("application.delivery.lawsuit.marked");
		});
	}

	@PostMapping("/antraege/{id}/bescheide/bereitstellung")
	String provideAgain(@PathVariable Long id, @RequestParam(required = false) String kind,
			RedirectAttributes redirect) {
		DocumentKind notice = notice(kind);
		return step(id, redirect, () -> {
			this.deliveries.provideAgain(id, notice);
			return this.messages.getMessage("application.delivery.provided-again");
		});
	}

	private String step(Long id, RedirectAttributes redirect, java.util.function.Supplier<String> step) {
		try {
			redirect.addFlashAttribute("success", step.get());
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("deliveryError", this.messages.getMessage(ex));
		}
		return "redirect:/antraege/" + id + "#documents-title";
	}

	private static DocumentKind notice(String kind) {
		return DocumentKind.notice((kind != null) ? kind : "")
			.orElseThrow(() -> new NotFoundException("document", String.valueOf(kind)));
	}

}
