package de.foerderfluss.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A browser-like session: form login with the CSRF token of the login page, then a
 * session cookie.
 */
public final class BrowserSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private BrowserSession(int port) {
		this.base = "http://localhost:" + port;
	}

	public static BrowserSession login(int port, String username, String password) {
		BrowserSession session = new BrowserSession(port);
		String page = new String(session.get("/login").bytes(), StandardCharsets.UTF_8);
		Matcher token = CSRF.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("The login page has no CSRF token");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.group(1));
		Api.Response response = session.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		String location = response.headers().firstValue("Location").orElse("");
		if (response.status() != 302 || location.contains("error")) {
			throw new IllegalStateException("Login failed: " + response.status() + " " + location);
		}
		return session;
	}

	public Api.Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	/** A POST with the session cookie and the given headers, without a CSRF token. */
	public Api.Response post(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.POST(HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	private Api.Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			String type = response.headers().firstValue("Content-Type").orElse("");
			return new Api.Response(
					response.statusCode(), type, type.contains("json")
							? JsonMapper.builder().build().readTree(response.body()) : MissingNode.getInstance(),
					response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
