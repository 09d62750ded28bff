package de.foerderfluss.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * An API request that brings HTTP Basic credentials is signed in by them alone: it
 * neither reads nor changes a browser session the client may also send. Only such a
 * request may go without a CSRF token, because a foreign page cannot make the browser
 * send it; any other Authorization header counts for nothing. A request with no session
 * at all has nothing to ride and is refused by the sign-in itself.
 */
final class BasicCredentials implements SecurityContextRepository {

	private final SecurityContextRepository perRequest = new RequestAttributeSecurityContextRepository();

	private final SecurityContextRepository sessionOrRequest = new DelegatingSecurityContextRepository(this.perRequest,
			new HttpSessionSecurityContextRepository());

	/** Whether the request signs in with HTTP Basic (the scheme is case-insensitive). */
	static boolean broughtBy(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return repository(request).loadDeferredContext(request);
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder requestResponseHolder) {
		return repository(requestResponseHolder.getRequest()).loadContext(requestResponseHolder);
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		repository(request).saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return repository(request).containsContext(request);
	}

	private SecurityContextRepository repository(HttpServletRequest request) {
		return broughtBy(request) ? this.perRequest : this.sessionOrRequest;
	}

}
