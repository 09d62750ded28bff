package de.foerderfluss.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import de.foerderfluss.shared.ApiProblems;
import de.foerderfluss.shared.ApiRequests;
import de.foerderfluss.shared.BudgetExhaustedException;
import de.foerderfluss.shared.ConcurrentChangeException;
import de.foerderfluss.shared.ConfigurationIncompleteException;
import de.foerderfluss.shared.FourEyesViolationException;
import de.foerderfluss.shared.NotEntitledToSignException;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Messages;
import de.foerderfluss.shared.NotFoundException;
import de.foerderfluss.shared.StepNotAllowedException;
import de.foerderfluss.shared.UploadRefusals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one error path of the API: every refusal becomes an RFC 9457 problem detail with a
 * message in the caller's language (German by default) and, for invalid input, the
 * fields. Spring MVC's own exceptions arrive through
 * {@link ResponseEntityExceptionHandler}; those without a message of ours are answered as
 * internal errors. Pages have their own ({@link PageErrors}, which comes first); a
 * request that found no handler gets a problem only on the API and Spring Boot's error
 * page elsewhere.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private final ApiProblems problems;

	private final MessageSourceAccessor messages;

	ApiErrors(ApiProblems problems, MessageSourceAccessor messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> invalidInput(InvalidInputException ex, WebRequest request) {
		return answer(ex, HttpStatus.BAD_REQUEST, "invalid-input", ex, request,
				List.of(new FieldMessage(ex.field(), this.messages.getMessage(ex))));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
		return answer(ex, HttpStatus.NOT_FOUND, "not-found", ex, request, null);
	}

	@ExceptionHandler(BudgetExhaustedException.class)
	ResponseEntity<Object> budgetExhausted(BudgetExhaustedException ex, WebRequest request) {
		return answer(ex, HttpStatus.CONFLICT, "budget-exhausted", ex, request, null);
	}

	@ExceptionHandler(StepNotAllowedException.class)
	ResponseEntity<Object> stepNotAllowed(StepNotAllowedException ex, WebRequest request) {
		return answer(ex, HttpStatus.CONFLICT, "step-not-allowed", ex, request, null);
	}

	@ExceptionHandler(FourEyesViolationException.class)
	ResponseEntity<Object> fourEyes(FourEyesViolationException ex, WebRequest request) {
		return answer(ex, HttpStatus.FORBIDDEN, "four-eyes", ex, request, null);
	}

	@ExceptionHandler(NotEntitledToSignException.class)
	ResponseEntity<Object> notEntitledToSign(NotEntitledToSignException ex, WebRequest request) {
		return answer(ex, HttpStatus.FORBIDDEN, "not-entitled-to-sign", ex, request, null);
	}

	@ExceptionHandler(ConfigurationIncompleteException.class)
	ResponseEntity<Object> configuration(ConfigurationIncompleteException ex, WebRequest request) {
		log.error("Configuration incomplete: {}", ex.arguments());
		return answer(ex, HttpStatus.SERVICE_UNAVAILABLE, "configuration-incomplete", ex, request, null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException ex, WebRequest request) {
		return answer(ex, HttpStatus.FORBIDDEN, "forbidden", Messages.code("error.forbidden"), request, null);
	}

	@ExceptionHandler({ ConcurrencyFailureException.class, ConcurrentChangeException.class })
	ResponseEntity<Object> concurrentChange(Exception ex, WebRequest request) {
		return answer(ex, HttpStatus.CONFLICT, "concurrent-change", Messages.code("error.concurrent-change"), request,
				null);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		HttpServletRequest servletRequest = servletRequest(request);
		log.error("Unexpected error on {} {}", servletRequest.getMethod(), servletRequest.getRequestURI(), ex);
		return answer(ex, HttpStatus.INTERNAL_SERVER_ERROR, "internal", Messages.code("error.internal"), request, null);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> fields = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			fields.add(new FieldMessage(error.getField(), this.messages.getMessage(error)));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> fields.add(new FieldMessage(null, this.messages.getMessage(error))));
		return invalidInput(ex, headers, request, fields);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalidInput(ex, headers, request, null);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> fields = null;
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			fields = List.of(new FieldMessage(fieldPath(mapping), this.messages.getMessage(unreadable(mapping))));
		}
		return answer(ex, HttpStatus.BAD_REQUEST, "malformed", Messages.code("error.malformed"), headers, request,
				fields);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return invalidParameter(ex, ex.getPropertyName(), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalidParameter(ex, ex.getParameterName(), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalidParameter(ex, ex.getRequestPartName(), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String message = UploadRefusals.nameProblem(ex).orElse("error.document.upload-too-large");
		return invalidInput(ex, headers, request, List.of(new FieldMessage("file", this.messages.getMessage(message))));
	}

	/**
	 * An upload that cannot be read, such as one whose file name holds a null character.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> unreadableUpload(MultipartException ex, WebRequest request) {
		String message = UploadRefusals.nameProblem(ex).orElse("error.document.unreadable");
		return invalidInput(ex, new HttpHeaders(), request,
				List.of(new FieldMessage("file", this.messages.getMessage(message))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return onlyOnTheApi(ex, status, "unsupported-media-type", "error.media-type", headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return onlyOnTheApi(ex, status, "method-not-allowed", "error.method", headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return onlyOnTheApi(ex, status, "not-found", "error.no-such-path", headers, request);
	}

	/** An API client that accepts no JSON, such as {@code Accept: image/png}. */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return onlyOnTheApi(ex, status, "not-acceptable", "error.not-acceptable", headers, request);
	}

	/**
	 * Spring MVC's exceptions without a problem of ours: a refusal of the request (4xx)
	 * gets a general problem with its status and a line at DEBUG; anything else stays an
	 * internal error, as for any other unexpected exception.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body == null && statusCode.is4xxClientError()) {
			log.debug("Refused {}: {}", statusCode, ex.getClass().getSimpleName());
			return answer(ex, statusCode, "bad-request", Messages.code("error.bad-request"), headers, request, null);
		}
		if (body == null) {
			return unexpected(ex, request);
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		return ResponseEntity.status(statusCode)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	/**
	 * Outside the API, Spring Boot's error page answers, as Spring MVC's default handling
	 * would have it.
	 */
	private ResponseEntity<Object> onlyOnTheApi(Exception ex, HttpStatusCode status, String type, String messageCode,
			HttpHeaders headers, WebRequest request) {
		if (ApiRequests.isApi(servletRequest(request))) {
			return answer(ex, status, type, Messages.code(messageCode), headers, request, null);
		}
		HttpServletResponse response = ((ServletWebRequest) request).getResponse();
		headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		try {
			response.sendError(status.value());
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return null;
	}

	private ResponseEntity<Object> invalidParameter(Exception ex, String name, HttpHeaders headers,
			WebRequest request) {
		return invalidInput(ex, headers, request,
				List.of(new FieldMessage(name, this.messages.getMessage("error.parameter.invalid"))));
	}

	private ResponseEntity<Object> invalidInput(Exception ex, HttpHeaders headers, WebRequest request,
			List<FieldMessage> fields) {
		return answer(ex, HttpStatus.BAD_REQUEST, "invalid-input", Messages.code("error.invalid-input"), headers,
				request, fields);
	}

	private ResponseEntity<Object> answer(Exception ex, HttpStatusCode status, String type,
			MessageSourceResolvable detail, WebRequest request, List<FieldMessage> fields) {
		return answer(ex, status, type, detail, new HttpHeaders(), request, fields);
	}

	private ResponseEntity<Object> answer(Exception ex, HttpStatusCode status, String type,
			MessageSourceResolvable detail, HttpHeaders headers, WebRequest request, List<FieldMessage> fields) {
		ProblemDetail problem = this.problems.problem(status, type, detail, servletRequest(request),
				LocaleContextHolder.getLocale());
		if (fields != null) {
			problem.setProperty("errors", fields);
		}
		return super.handleExceptionInternal(ex, problem, headers, status, request);
	}

	/** Why a value of the JSON body could not be taken. */
	private static MessageSourceResolvable unreadable(JsonMappingException mapping) {
		if (mapping instanceof StrictJson.RefusedValue refused) {
			return Messages.code(refused.messageCode());
		}
		if (mapping instanceof InvalidFormatException invalid) {
			Class<?> target = ClassUtils.resolvePrimitiveIfNecessary(invalid.getTargetType());
			if (invalid.getValue() instanceof String && Number.class.isAssignableFrom(target)) {
				return Messages.code("error.field.text-for-number");
			}
			if (invalid.getValue() instanceof String && Boolean.class.equals(target)) {
				return Messages.code("error.field.text-for-yes-no");
			}
			return new DefaultMessageSourceResolvable(new String[] { "error.field.format" },
					new Object[] { invalid.getValue() }, null);
		}
		return Messages.code("error.field.unreadable");
	}

	private static HttpServletRequest servletRequest(WebRequest request) {
		return ((ServletWebRequest) request).getRequest();
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
