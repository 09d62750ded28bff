package de.foerderfluss.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page after a failed sign-in: {@code ?error}, or
 * {@code ?locked=<minutes>} when the attempt had to wait. Keeps nothing in a session, so
 * a failed sign-in creates none.
 */
final class LoginFailurePage implements AuthenticationFailureHandler {

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String target = (exception instanceof LoginThrottledException throttled)
				? "/login?locked=" + throttled.retryAfterMinutes() : "/login?error";
		this.redirects.sendRedirect(request, response, target);
	}

}
