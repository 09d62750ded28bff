package de.foerderfluss.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import de.foerderfluss.shared.ApiRequests;
import de.foerderfluss.shared.ConcurrentChangeException;
import de.foerderfluss.shared.ConfigurationIncompleteException;
import de.foerderfluss.shared.DomainException;
import de.foerderfluss.shared.FourEyesViolationException;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.NotFoundException;
import de.foerderfluss.shared.ProblemTypes;
import de.foerderfluss.shared.StepNotAllowedException;
import de.foerderfluss.shared.BudgetExhaustedException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one error path of the API: every refusal becomes an RFC 9457 problem detail with a
 * message in the caller's language (German by default) and, for invalid input, the
 * fields. Pages have their own ({@link PageErrors}, which comes first); a request that
 * found no handler gets a problem only on the API and Spring Boot's error page elsewhere.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private final MessageSourceAccessor messages;

	ApiErrors(MessageSourceAccessor messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex, HttpServletRequest request) {
		String message = this.messages.getMessage(ex);
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", message, request,
				List.of(new FieldMessage(ex.field(), message)));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "not-found", this.messages.getMessage(ex), request, null);
	}

	@ExceptionHandler(BudgetExhaustedException.class)
	ResponseEntity<ProblemDetail> budgetExhausted(BudgetExhaustedException ex, HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, "budget-exhausted", this.messages.getMessage(ex), request, null);
	}

	@ExceptionHandler(StepNotAllowedException.class)
	ResponseEntity<ProblemDetail> stepNotAllowed(StepNotAllowedException ex, HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, "step-not-allowed", this.messages.getMessage(ex), request, null);
	}

	@ExceptionHandler(FourEyesViolationException.class)
	ResponseEntity<ProblemDetail> fourEyes(FourEyesViolationException ex, HttpServletRequest request) {
		return problem(HttpStatus.FORBIDDEN, "four-eyes", this.messages.getMessage(ex), request, null);
	}

	@ExceptionHandler(ConfigurationIncompleteException.class)
	ResponseEntity<ProblemDetail> configuration(ConfigurationIncompleteException ex, HttpServletRequest request) {
		log.error("Configuration incomplete: {}", ex.arguments());
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "configuration-incomplete", this.messages.getMessage(ex),
				request, null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", this.messages.getMessage("error.forbidden"), request, null);
	}

	@ExceptionHandler({ ConcurrencyFailureException.class, ConcurrentChangeException.class })
	ResponseEntity<ProblemDetail> concurrentChange(Exception ex, HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, "concurrent-change", this.messages.getMessage("error.concurrent-change"),
				request, null);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request) {
		List<FieldMessage> fields = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			fields.add(new FieldMessage(error.getField(), this.messages.getMessage(error)));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> fields.add(new FieldMessage(null, this.messages.getMessage(error))));
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", this.messages.getMessage("error.invalid-input"),
				request, fields);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", this.messages.getMessage("error.invalid-input"),
				request, null);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		List<FieldMessage> fields = null;
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = fieldPath(mapping);
			String message = (mapping instanceof InvalidFormatException invalid)
					? this.messages.getMessage("error.field.format", new Object[] { invalid.getValue() })
					: this.messages.getMessage("error.field.unreadable");
			fields = List.of(new FieldMessage(field, message));
		}
		return problem(HttpStatus.BAD_REQUEST, "malformed", this.messages.getMessage("error.malformed"), request,
				fields);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			MissingServletRequestPartException.class })
	ResponseEntity<ProblemDetail> badParameter(Exception ex, HttpServletRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: (ex instanceof MissingServletRequestParameterException missing) ? missing.getParameterName()
						: ((MissingServletRequestPartException) ex).getRequestPartName();
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", this.messages.getMessage("error.invalid-input"),
				request, List.of(new FieldMessage(name, this.messages.getMessage("error.parameter.invalid"))));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", this.messages.getMessage("error.invalid-input"),
				request,
				List.of(new FieldMessage("file", this.messages.getMessage("error.document.upload-too-large"))));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request)
			throws HttpMediaTypeNotSupportedException {
		requireApi(ex, request);
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
				this.messages.getMessage("error.media-type"), request, null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		requireApi(ex, request);
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", this.messages.getMessage("error.method"),
				request, null);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noResource(NoResourceFoundException ex, HttpServletRequest request)
			throws NoResourceFoundException {
		requireApi(ex, request);
		return problem(HttpStatus.NOT_FOUND, "not-found", this.messages.getMessage("error.no-such-path"), request,
				null);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", this.messages.getMessage("error.internal"),
				request, null);
	}

	/**
	 * Outside the API, the exception goes on to Spring MVC's default handling and the
	 * error page.
	 */
	private static <E extends Exception> void requireApi(E ex, HttpServletRequest request) throws E {
		if (!ApiRequests.isApi(request)) {
			throw ex;
		}
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail,
			HttpServletRequest request, List<FieldMessage> fields) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ProblemTypes.of(type));
		problem.setTitle(this.messages.getMessage("problem.title." + type));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		if (fields != null) {
			problem.setProperty("errors", fields);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String fieldPath(JsonMappingException mapping) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : mapping.getPath()) {
			if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** One invalid field and what is wrong with it. */
	record FieldMessage(String field, String message) {
	}

}
