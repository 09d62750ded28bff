package de.foerderfluss.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import de.foerderfluss.shared.ControlCharacters;
import de.foerderfluss.shared.UploadRefusals;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.stereotype.Component;
import org.springframework.validation.DataBinder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * The first look at every request, before sessions, security and Camunda's servlets read
 * it: an address Spring Security's firewall refuses (such as path parameters
 * {@code ;x=1}, {@code //} or encoded dots), control characters in the address or the
 * parameters, an uploaded file's name the servlet container refuses, and parameter names
 * with an index no form has are answered 400, as a problem on the API and the error page
 * elsewhere. Such refusals are logged at DEBUG in one line, so nobody outside can fill
 * the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestScreening extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestScreening.class);

	private final HttpFirewall firewall = new StrictHttpFirewall();

	private final ProblemResponses problems;

	RequestScreening(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			this.firewall.getFirewalledRequest(request);
		}
		catch (RequestRejectedException ex) {
			log.debug("Refused {} request: {}", request.getMethod(), ex.getMessage());
			this.problems.refuse(request, response, "error.rejected-address");
			return;
		}
		if (isMultipart(request)) {
			// The servlet container reads the parts with the first parameter asked for;
			// a file name it refuses would otherwise surface wherever that happens.
			try {
				request.getParameterMap();
			}
			catch (RuntimeException ex) {
				if (UploadRefusals.nameProblem(ex).isEmpty()) {
					throw ex;
				}
				log.debug("Refused {} request: an uploaded file's name", request.getMethod());
				this.problems.refuse(request, response, UploadRefusals.nameProblem(ex).get());
				return;
			}
		}
		if (hasControlCharacters(request)) {
			log.debug("Refused {} request: control characters in its address or parameters", request.getMethod());
			this.problems.refuse(request, response, "error.control-characters");
			return;
		}
		if (!isCamunda(request) && hasForeignIndex(request)) {
			log.debug("Refused {} request: a parameter with an index no form has", request.getMethod());
			this.problems.refuse(request, response, "error.parameter-index");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasControlCharacters(HttpServletRequest request) {
		if (ControlCharacters.in(decoded(request.getRequestURI()))) {
			return true;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (ControlCharacters.in(parameter.getKey())) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (ControlCharacters.in(value)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Our forms bind lists only, by row number: {@code costItems[2].amount}. A parameter
	 * name with anything else in brackets, or with a row beyond the limit up to which
	 * Spring grows a list, would break the binding.
	 */
	private static boolean hasForeignIndex(HttpServletRequest request) {
		for (String name : request.getParameterMap().keySet()) {
			int open = name.indexOf('[');
			while (open >= 0) {
				int close = name.indexOf(']', open);
				if (close < 0 || !isRow(name.substring(open + 1, close))) {
					return true;
				}
				open = name.indexOf('[', close);
			}
			if (name.indexOf(']') >= 0 && name.indexOf('[') < 0) {
				return true;
			}
		}
		return false;
	}

	/** Camunda's webapps and REST API bind their parameters in their own way. */
	private static boolean isCamunda(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/camunda/") || path.startsWith("/engine-rest/");
	}

	private static boolean isRow(String index) {
		return index.matches("\\d{1,3}") && Integer.parseInt(index) < DataBinder.DEFAULT_AUTO_GROW_COLLECTION_LIMIT;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	private static String decoded(String raw) {
		if (raw == null) {
			return null;
		}
		try {
			return UriUtils.decode(raw, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return raw;
		}
	}

}
