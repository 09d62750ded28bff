package de.foerderfluss.notification.web;

import java.util.List;

import de.foerderfluss.notification.MailOutbox;
import de.foerderfluss.notification.OutboxMail;
import de.foerderfluss.web.PageController;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mail outbox for administrators: what went out, what waits and why, and a retry for
 * mails that failed.
 */
@PageController
class OutboxPageController {

	private static final int PAGE_SIZE = 200;

	private final MailOutbox outbox;

	private final MessageSourceAccessor messages;

	OutboxPageController(MailOutbox outbox, MessageSourceAccessor messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	@GetMapping("/verwaltung/postausgang")
	String outbox(@RequestParam(name = "offen", defaultValue = "false") boolean undeliveredOnly, Model model) {
		List<OutboxMail> mails = this.outbox.recent(PAGE_SIZE, undeliveredOnly);
		model.addAttribute("mails", mails);
		model.addAttribute("undeliveredOnly", undeliveredOnly);
		model.addAttribute("pageSize", PAGE_SIZE);
		return "notification/outbox";
	}

	@GetMapping("/verwaltung/postausgang/{id}")
	String mail(@PathVariable Long id, Model model) {
		model.addAttribute("mail", this.outbox.mail(id));
		return "notification/mail";
	}

	@PostMapping("/verwaltung/postausgang/{id}/erneut-senden")
	String retry(@PathVariable Long id, @RequestParam(name = "offen", defaultValue = "false") boolean undeliveredOnly,
			RedirectAttributes redirect) {
		OutboxMail mail = this.outbox.retryNow(id);
		redirect.addFlashAttribute("success",
				this.messages.getMessage("notification.outbox.retried", new Object[] { mail.getRecipient() }));
		return "redirect:/verwaltung/postausgang" + (undeliveredOnly ? "?offen=true" : "");
	}

}
