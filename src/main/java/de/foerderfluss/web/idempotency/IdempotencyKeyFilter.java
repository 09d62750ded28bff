package de.foerderfluss.web.idempotency;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderfluss.shared.ApiProblems;
import de.foerderfluss.shared.ApiRequests;
import de.foerderfluss.shared.Languages;
import de.foerderfluss.shared.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST to the API with an {@code Idempotency-Key} header takes effect once: the first
 * request with a key claims it (committed before it runs) and its successful answer is
 * kept; the same person sending the same request with the same key gets that answer
 * again, marked {@code Idempotent-Replayed: true}, and nothing happens twice. The same
 * key for a different request is refused with 422, a repetition while the first still
 * runs with 409. An answer that is not a success is not kept: the key is free again and
 * the request may be repeated. Runs after Spring Security, so the person is known.
 */
class IdempotencyKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	/** The headers of an answer that are kept with it. */
	private static final String[] KEPT_HEADERS = { HttpHeaders.LOCATION, HttpHeaders.CONTENT_TYPE,
			HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.CONTENT_DISPOSITION };

	/** Visible ASCII, at most 255 characters (a UUID is recommended). */
	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	/** The largest plain body read into memory to be hashed. */
	private static final int MAX_BODY = 1024 * 1024;

	private final IdempotentRequests requests;

	private final ApiProblems problems;

	private final ObjectMapper objectMapper;

	IdempotencyKeyFilter(IdempotentRequests requests, ApiProblems problems, ObjectMapper objectMapper) {
		this.requests = requests;
		this.problems = problems;
		this.objectMapper = objectMapper;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !ApiRequests.isApi(request) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = IdempotencyConfiguration.signedIn();
		if (username == null) {
			chain.doFilter(request, response);
			return;
		}
		String key = unquoted(request.getHeader(HEADER).strip());
		if (!VALID_KEY.matcher(key).matches()) {
			refuse(request, response, HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
					"error.idempotency-key.invalid");
			return;
		}
		RequestFingerprint fingerprint;
		try {
			fingerprint = RequestFingerprint.of(request, MAX_BODY);
		}
		catch (RequestFingerprint.BodyTooLargeException ex) {
			refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "error.idempotency-key.too-large");
			return;
		}
		catch (IOException unreadable) {
			// Such as an upload beyond the limit: the application refuses it as usual.
			chain.doFilter(request, response);
			return;
		}
		IdempotentRequests.Key claimed = new IdempotentRequests.Key(username, "api:" + key);
		IdempotentRequests.Claim claim = this.requests.claim(claimed, request.getMethod(), request.getRequestURI(),
				fingerprint.hash());
		switch (claim.result()) {
			case CLAIMED -> run(claimed, fingerprint.request(), response, chain);
			case ANSWERED -> replay(claim.response(), response);
			case IN_PROGRESS -> {
				response.setHeader(HttpHeaders.RETRY_AFTER, "1");
				refuse(request, response, HttpStatus.CONFLICT, "request-in-progress",
						"error.idempotency-key.in-progress");
			}
			case ABANDONED -> refuse(request, response, HttpStatus.CONFLICT, "request-interrupted",
					"error.idempotency-key.interrupted");
			case OTHER_REQUEST -> refuse(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
					"error.idempotency-key.reused");
		}
	}

	private void run(IdempotentRequests.Key key, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(request, answer);
			if (answer.getStatus() / 100 == 2) {
				this.requests.complete(key,
						new StoredResponse(answer.getStatus(), keptHeaders(answer), answer.getContentAsByteArray()));
				kept = true;
			}
		}
		finally {
			if (!kept) {
				this.requests.release(key);
			}
		}
		answer.copyBodyToResponse();
	}

	private static Map<String, String> keptHeaders(HttpServletResponse response) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : KEPT_HEADERS) {
			String value = HttpHeaders.CONTENT_TYPE.equals(name) ? response.getContentType() : response.getHeader(name);
			if (value != null) {
				headers.put(name, value);
			}
		}
		return headers;
	}

	private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
		response.setStatus(stored.status());
		stored.headers().forEach(response::setHeader);
		response.setHeader(REPLAYED, "true");
		byte[] body = stored.body();
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String messageCode) throws IOException {
		Locale locale = Languages.requested(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		ProblemDetail problem = this.problems.problem(status, type, Messages.code(messageCode), request, locale);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.objectMapper.writeValue(response.getOutputStream(), problem);
	}

	/** The key as a structured-field string ({@code "…"}) or as it is. */
	private static String unquoted(String value) {
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

}
