package de.foerderfluss.web;

import de.foerderfluss.shared.DomainException;
import de.foerderfluss.shared.FourEyesViolationException;
import de.foerderfluss.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Refusals on pages become a page that explains them in the person's language. */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	String refused(DomainException ex, Model model, HttpServletResponse response) {
		int status = (ex instanceof NotFoundException) ? 404 : (ex instanceof FourEyesViolationException) ? 403 : 409;
		return page(model, response, status, this.messages.getMessage(ex.messageCode(), ex.arguments(),
				ex.messageCode(), LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	String forbidden(Model model, HttpServletResponse response) {
		return page(model, response, 403, text("error.forbidden"));
	}

	@ExceptionHandler(ConcurrencyFailureException.class)
	String concurrent(Model model, HttpServletResponse response) {
		return page(model, response, 409, text("error.concurrent-change"));
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, Model model, HttpServletResponse response) {
		log.error("Unexpected error on a page", ex);
		return page(model, response, 500, text("error.internal"));
	}

	private String page(Model model, HttpServletResponse response, int status, String message) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("message", message);
		return "error";
	}

	private String text(String code) {
		return this.messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}

}
