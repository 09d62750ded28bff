package de.foerderfluss.web;

import de.foerderfluss.shared.DomainException;
import de.foerderfluss.shared.FourEyesViolationException;
import de.foerderfluss.shared.NotEntitledToSignException;
import de.foerderfluss.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/** Refusals on pages become a page that explains them in the person's language. */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	private final MessageSourceAccessor messages;

	PageErrors(MessageSourceAccessor messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	String refused(DomainException ex, Model model, HttpServletResponse response) {
		int status = (ex instanceof NotFoundException) ? 404
				: (ex instanceof FourEyesViolationException || ex instanceof NotEntitledToSignException) ? 403 : 409;
		return page(model, response, status, this.messages.getMessage(ex));
	}

	@ExceptionHandler(AccessDeniedException.class)
	String forbidden(Model model, HttpServletResponse response) {
		return page(model, response, 403, this.messages.getMessage("error.forbidden"));
	}

	@ExceptionHandler(ConcurrencyFailureException.class)
	String concurrent(Model model, HttpServletResponse response) {
		return page(model, response, 409, this.messages.getMessage("error.concurrent-change"));
	}

	/**
	 * What no page of ours sends: a parameter of the wrong type (such as
	 * {@code ?sort=BOGUS} or a path {@code /mittelabrufe/abc/pruefung}), a missing one, a
	 * form that cannot be bound. Answered 400 and logged in one line at DEBUG.
	 */
	@ExceptionHandler({ TypeMismatchException.class, InvalidPropertyException.class,
			ServletRequestBindingException.class, BindException.class, HandlerMethodValidationException.class,
			HttpMessageNotReadableException.class })
	String badRequest(Exception ex, Model model, HttpServletResponse response) {
		log.debug("Bad request on a page: {}", ex.getClass().getSimpleName());
		return page(model, response, 400, this.messages.getMessage("error.page.bad-request"));
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, Model model, HttpServletResponse response) {
		log.error("Unexpected error on a page", ex);
		return page(model, response, 500, this.messages.getMessage("error.internal"));
	}

	private String page(Model model, HttpServletResponse response, int status, String message) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("message", message);
		return "error";
	}

}
