package de.foerderfluss.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.BrowserSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.TestFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every answer says about itself: a strict Content-Security-Policy on the pages,
 * Referrer-Policy everywhere, HSTS and Secure cookies over HTTPS (here behind a proxy
 * that says so in {@code X-Forwarded-Proto}); no session before signing in; and a form
 * without its CSRF token refused with our page, the API with problem details.
 */
class HeadersAndSessionsPagesTest extends PageTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void anAnonymousVisitorGetsNoSessionNeitherOnTheLoginPageNorOnTheWayToIt() {
		int sessions = sessionRows();

		HttpResponse<String> login = send(request("/login").GET());
		HttpResponse<String> protectedPage = send(request("/antraege").GET());
		HttpResponse<String> failed = send(request("/login").header("Cookie", cookies(login))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form("username", TestFixtures.REVIEWER, "password", "falsch", "_csrf", token(login))));

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(protectedPage.statusCode()).isEqualTo(302);
		assertThat(protectedPage.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		for (HttpResponse<String> response : List.of(login, protectedPage, failed)) {
			assertThat(setCookies(response)).as("%s", response.uri())
				.noneMatch((cookie) -> cookie.startsWith("SESSION="));
		}
		assertThat(sessionRows()).as("rows in spring_session").isEqualTo(sessions);
		assertThat(setCookies(login)).anySatisfy((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=")
			.contains("HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure"));

		HttpResponse<String> signedIn = send(request("/login").header("Cookie", cookies(login, protectedPage))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form("username", TestFixtures.REVIEWER, "password", TestFixtures.PASSWORD, "_csrf", token(login))));
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).as("back to the page asked for")
			.endsWith("/antraege");
		assertThat(setCookies(signedIn)).anyMatch((cookie) -> cookie.startsWith("SESSION="));
		assertThat(sessionRows()).isEqualTo(sessions + 1);
	}

	@Test
	void pagesSendAStrictContentSecurityPolicyAndEveryAnswerAReferrerPolicy() {
		HttpResponse<String> login = send(request("/login").GET());
		assertThat(login.headers().allValues("Content-Security-Policy"))
			.containsExactly(PageHeaders.CONTENT_SECURITY_POLICY);
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
		assertThat(login.body()).contains("<script src=\"/js/app.js\" defer></script>");

		BrowserSession reviewer = BrowserSession.login(this.port, TestFixtures.REVIEWER, TestFixtures.PASSWORD);
		Api.Response page = reviewer.get("/antraege");
		assertThat(page.headers().allValues("Content-Security-Policy"))
			.containsExactly(PageHeaders.CONTENT_SECURITY_POLICY);
		Api.Response notFound = reviewer.get("/gibt-es-nicht");
		assertThat(notFound.status()).isEqualTo(404);
		assertThat(notFound.headers().allValues("Content-Security-Policy")).as("the error page too")
			.containsExactly(PageHeaders.CONTENT_SECURITY_POLICY);

		Api.Response api = Api.as(this.port, TestFixtures.REVIEWER).get("/api/v1/tasks");
		assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(api.headers().allValues("Content-Security-Policy")).isEmpty();

		Api.Response cockpit = BrowserSession.login(this.port, TestFixtures.ADMIN, TestFixtures.PASSWORD)
			.get("/camunda/app/cockpit/default/");
		assertThat(cockpit.headers().allValues("Content-Security-Policy")).as("Camunda's own policy only")
			.doesNotContain(PageHeaders.CONTENT_SECURITY_POLICY);
	}

	@Test
	void behindAnHttpsProxyTheCookiesAreSecureAndHstsIsSent() {
		HttpResponse<String> login = send(viaHttps(request("/login")).GET());
		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000 ; includeSubDomains");
		assertThat(setCookies(login))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("Secure", "HttpOnly"));

		HttpResponse<String> signedIn = send(viaHttps(request("/login")).header("Cookie", cookies(login))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form("username", TestFixtures.REVIEWER, "password", TestFixtures.PASSWORD, "_csrf", token(login))));

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		assertThat(setCookies(signedIn)).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("SESSION=").contains("Secure", "HttpOnly", "SameSite=Lax"));
		assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isPresent();

		HttpResponse<String> plain = send(request("/login").header("Cookie", cookies(login))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form("username", TestFixtures.REVIEWER, "password", TestFixtures.PASSWORD, "_csrf", token(login))));
		assertThat(setCookies(plain)).as("over plain HTTP")
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=").doesNotContain("Secure"));
	}

	@Test
	void aFormWithoutItsTokenIsRefusedWithOurPageAndTheApiWithProblemDetails() {
		HttpResponse<String> login = send(request("/login").header("Accept", "*/*")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form("username", TestFixtures.REVIEWER, "password", TestFixtures.PASSWORD)));
		assertThat(login.statusCode()).isEqualTo(403);
		assertThat(login.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(login.body()).contains("Das Formular ist abgelaufen oder kam nicht von dieser Seite")
			.contains("<h1>Keine Berechtigung</h1>")
			.doesNotContain("\"status\"");
		assertThat(login.headers().allValues("Content-Security-Policy"))
			.containsExactly(PageHeaders.CONTENT_SECURITY_POLICY);
		HttpResponse<String> english = send(request("/login").header("Cookie", "foerderfluss-sprache=en")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form("username", TestFixtures.REVIEWER, "password", TestFixtures.PASSWORD)));
		assertThat(english.statusCode()).isEqualTo(403);
		assertThat(english.body()).contains("The form has expired or did not come from this page");

		BrowserSession reviewer = BrowserSession.login(this.port, TestFixtures.REVIEWER, TestFixtures.PASSWORD);
		Api.Response page = reviewer.post("/verwaltung/benutzer/1/entsperren", "Accept", "application/json");
		assertThat(page.status()).isEqualTo(403);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).contains("Das Formular ist abgelaufen");
		Api.Response stale = reviewer.post("/aufgaben/1/uebernehmen", "Content-Type",
				"application/x-www-form-urlencoded", "X-CSRF-TOKEN", "abgelaufen");
		assertThat(stale.status()).isEqualTo(403);
		assertThat(new String(stale.bytes(), StandardCharsets.UTF_8)).contains("Das Formular ist abgelaufen",
				"Angemeldet");

		Api.Response api = reviewer.post("/api/v1/applications/1/withdrawal");
		assertThat(api.status()).isEqualTo(403);
		assertThat(api.contentType()).startsWith("application/problem+json");
	}

	private int sessionRows() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("Accept-Language", "de");
	}

	private static HttpRequest.Builder viaHttps(HttpRequest.Builder request) {
		return request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.40");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> setCookies(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie");
	}

	/** The cookies the responses set, as a browser sends them back. */
	@SafeVarargs
	private static String cookies(HttpResponse<String>... responses) {
		return java.util.Arrays.stream(responses)
			.flatMap((response) -> setCookies(response).stream())
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.filter((cookie) -> !cookie.endsWith("="))
			.collect(Collectors.joining("; "));
	}

	private static String token(HttpResponse<String> page) {
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("a CSRF token on %s", page.uri()).isTrue();
		return token.group(1);
	}

	private static HttpRequest.BodyPublisher form(String... namesAndValues) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			body.append(body.isEmpty() ? "" : "&")
				.append(namesAndValues[i])
				.append('=')
				.append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return HttpRequest.BodyPublishers.ofString(body.toString());
	}

}
