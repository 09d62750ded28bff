package de.foerderfluss.web.idempotency;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

import de.foerderfluss.shared.ApiRequests;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A form with a one-time token ({@link FormTokens#PARAMETER}) takes effect once. The
 * first sending claims the token before the page's controller runs; when it ends in a
 * redirect (the page of what was created or changed), that redirect is kept. The same
 * form sent again with the same input, by a double click or a reload, leads to that
 * redirect without running anything, after waiting for the first sending if it is still
 * running. Sent again with other input (back, a change, and the button again), it is
 * refused with a message rather than the change being dropped unseen. A sending that ends
 * otherwise (a form shown again with its errors, a refusal) frees the token. Forms
 * without a token work as before.
 */
class FormTokenInterceptor implements HandlerInterceptor {

	private static final String CLAIMED = FormTokenInterceptor.class.getName() + ".CLAIMED";

	private static final Pattern VALID_TOKEN = Pattern.compile("[A-Za-z0-9-]{1,100}");

	private static final long POLL_MILLIS = 100;

	private final IdempotentRequests requests;

	private final IdempotencyProperties properties;

	FormTokenInterceptor(IdempotentRequests requests, IdempotencyProperties properties) {
		this.requests = requests;
		this.properties = properties;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws InterruptedException {
		if (request.getDispatcherType() != DispatcherType.REQUEST || !"POST".equals(request.getMethod())
				|| ApiRequests.isApi(request)) {
			return true;
		}
		String token = request.getParameter(FormTokens.PARAMETER);
		String username = IdempotencyConfiguration.signedIn();
		if (token == null || username == null || !VALID_TOKEN.matcher(token).matches()) {
			return true;
		}
		IdempotentRequests.Key key = new IdempotentRequests.Key(username, "form:" + token);
		String path = request.getRequestURI();
		String hash;
		try {
			hash = RequestFingerprint.ofForm(request);
		}
		catch (IOException unreadable) {
			// Such as an upload beyond the limit: the page refuses it as usual.
			return true;
		}
		// Waits on the system's clock: the business clock may stand still in tests.
		Instant deadline = Instant.now().plus(this.properties.formWait());
		while (true) {
			IdempotentRequests.Claim claim = this.requests.claim(key, "POST", path, hash);
			switch (claim.result()) {
				case CLAIMED -> {
					request.setAttribute(CLAIMED, key);
					return true;
				}
				case ANSWERED -> {
					response.setStatus(claim.response().status());
					claim.response().headers().forEach(response::setHeader);
					return false;
				}
				case OTHER_REQUEST -> throw new FormAlreadySentException("error.form.sent-with-other-input");
				case ABANDONED -> throw new FormAlreadySentException("error.form.interrupted");
				case IN_PROGRESS -> {
					if (Instant.now().isAfter(deadline)) {
						throw new FormAlreadySentException("error.form.in-progress");
					}
					Thread.sleep(POLL_MILLIS);
				}
			}
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(request.getAttribute(CLAIMED) instanceof IdempotentRequests.Key key)) {
			return;
		}
		request.removeAttribute(CLAIMED);
		String location = response.getHeader(HttpHeaders.LOCATION);
		if (ex == null && response.getStatus() / 100 == 3 && location != null) {
			this.requests.complete(key,
					new StoredResponse(response.getStatus(), Map.of(HttpHeaders.LOCATION, location), new byte[0]));
		}
		else {
			this.requests.release(key);
		}
	}

}
