package de.foerderfluss.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers beyond Spring Security's defaults (which already send
 * {@code Strict-Transport-Security} over HTTPS, {@code X-Frame-Options: DENY} and
 * {@code X-Content-Type-Options: nosniff}): a strict Content-Security-Policy on our HTML
 * pages and {@code Referrer-Policy: same-origin} on every answer.
 */
final class PageHeaders {

	/**
	 * Scripts, styles, images and fonts from our own address only, none inline; no
	 * plugins, no framing, forms sent only to us.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private PageHeaders() {
	}

	/** For the pages: the policy and the referrer rule. */
	static Customizer<HeadersConfigurer<HttpSecurity>> pages() {
		return (headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new HtmlOnly(new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)));
	}

	/** For the API: the referrer rule; JSON and PDF need no policy. */
	static Customizer<HeadersConfigurer<HttpSecurity>> api() {
		return (headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	/**
	 * Writes the policy on our HTML pages: not on downloads (a browser's PDF viewer runs
	 * under the policy of the document), and not in the Camunda webapps, which send a
	 * policy of their own that their scripts need.
	 */
	private record HtmlOnly(HeaderWriter policy) implements HeaderWriter {

		@Override
		public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
			String type = response.getContentType();
			if ((type == null || type.startsWith("text/html"))
					&& !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
				this.policy.writeHeaders(request, response);
			}
		}

	}

}
