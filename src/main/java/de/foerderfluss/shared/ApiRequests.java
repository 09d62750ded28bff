package de.foerderfluss.shared;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells requests to the REST API from page requests: the API answers problem details and
 * follows Accept-Language; pages show error pages and speak the language chosen on them.
 */
public final class ApiRequests {

	private ApiRequests() {
	}

	public static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
