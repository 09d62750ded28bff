package de.foerderfluss.security;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import de.foerderfluss.shared.ApiProblems;
import de.foerderfluss.shared.ApiRequests;
import de.foerderfluss.shared.Languages;
import de.foerderfluss.shared.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers 401, 429 after too many failed sign-ins (with {@code Retry-After}), 403 and
 * addresses the firewall refuses (such as {@code //} or encoded dots) on the API as RFC
 * 9457 problem details, like every other API error; pages get the error page.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

	private final ObjectMapper objectMapper;

	private final ApiProblems problems;

	ProblemResponses(ObjectMapper objectMapper, ApiProblems problems) {
		this.objectMapper = objectMapper;
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (authException instanceof LoginThrottledException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins", "error.sign-in-throttled");
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Foerderfluss\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "error.unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException requestRejectedException) throws IOException {
		refuse(request, response, "error.rejected-address");
	}

	/** A request refused before it is read further: 400 with the message on the API. */
	void refuse(HttpServletRequest request, HttpServletResponse response, String messageCode) throws IOException {
		if (ApiRequests.isApi(request)) {
			write(request, response, HttpStatus.BAD_REQUEST, "malformed", messageCode);
		}
		else {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String messageCode) throws IOException {
		// Security answers before Spring MVC has resolved the locale.
		Locale locale = Languages.requested(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		ProblemDetail problem = this.problems.problem(status, type, Messages.code(messageCode), request, locale);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.objectMapper.writeValue(response.getOutputStream(), problem);
	}

}
