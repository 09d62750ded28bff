package de.foerderfluss.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.TestFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frame of every page: sign-in, language, and errors that explain themselves without
 * a stack trace.
 */
class PageFrameTest extends PageTest {

	@Test
	void pagesNeedASignInAndTheLoginPageSpeaksGermanOrEnglish() {
		PageSession nobody = PageSession.anonymous(this.port);
		PageSession.Page login = nobody.get("/aufgaben");
		assertThat(login.path()).isEqualTo("/login");
		assertThat(login.html().select("html").attr("lang")).isEqualTo("de");
		assertThat(login.text("h1")).isEqualTo("Anmelden");
		assertThat(login.html().select("label[for=username]").text()).isEqualTo("Benutzername");

		PageSession.Page english = nobody.get("/login?lang=en");
		assertThat(english.text("h1")).isEqualTo("Sign in");
		assertThat(english.html().select("html").attr("lang")).isEqualTo("en");
		assertThat(nobody.get("/login").text("h1")).as("the choice is kept").isEqualTo("Sign in");
	}

	@Test
	void pagesStayGermanForABrowserSetUpInEnglishWhileTheApiFollowsTheHeader() {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> login = send(http,
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
					.header("Accept-Language", "en-US,en;q=0.9"));
		Document page = Jsoup.parse(login.body());
		assertThat(page.select("html").attr("lang")).isEqualTo("de");
		assertThat(page.select("h1").text()).isEqualTo("Anmelden");

		Api.Response api = as(TestFixtures.REVIEWER).inEnglish().get("/api/v1/gibt-es-nicht");
		assertThat(api.text("detail")).isEqualTo("There is no such address.");
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
		try {
			return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aWrongPasswordIsExplained() {
		PageSession nobody = PageSession.anonymous(this.port);
		PageSession.Page failed = nobody.submit(nobody.get("/login"), "form[action$=/login]",
				java.util.Map.of("username", TestFixtures.REVIEWER, "password", "falsch"));
		assertThat(failed.path()).isEqualTo("/login?error");
		assertThat(failed.text("[role=alert]")).isEqualTo("Benutzername oder Passwort ist falsch.");
	}

	@Test
	void eachRoleStartsOnItsOwnPage() {
		assertThat(signIn(TestFixtures.CARRIER_A).get("/").path()).isEqualTo("/antraege");
		assertThat(signIn(TestFixtures.REVIEWER).get("/").path()).isEqualTo("/aufgaben");
		assertThat(signIn(TestFixtures.APPROVER).get("/").path()).isEqualTo("/aufgaben");
		assertThat(signIn(TestFixtures.FINANCE).get("/").path()).isEqualTo("/kasse");
		assertThat(signIn(TestFixtures.ADMIN).get("/").path()).isEqualTo("/verwaltung");
	}

	@Test
	void anUnknownPageAndAForbiddenPageAreExplainedInGerman() {
		PageSession carrier = signIn(TestFixtures.CARRIER_A);
		PageSession.Page unknown = carrier.get("/gibt-es-nicht");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.text("h1")).isEqualTo("Seite nicht gefunden");
		assertThat(unknown.text("main")).contains("Diese Adresse gibt es nicht.").doesNotContain("Exception");

		PageSession.Page forbidden = carrier.get("/verwaltung");
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.text("h1")).isEqualTo("Keine Berechtigung");
		assertThat(forbidden.text("main")).contains("Dafür fehlt Ihnen die Berechtigung.");
	}

	@Test
	void theApiStillAnswersUnknownPathsWithAProblem() {
		Api.Response response = as(TestFixtures.REVIEWER).get("/api/v1/gibt-es-nicht");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.text("detail")).isEqualTo("Diese Adresse gibt es nicht.");
	}

	@Test
	void anAddressTheFirewallRefusesIsAProblemOnTheApiAndTheErrorPageElsewhere() {
		Api.Response api = as(TestFixtures.CARRIER_A).get("/api/v1/applications//documents");
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.contentType()).startsWith("application/problem+json");
		assertThat(api.text("title")).isEqualTo("Anfrage nicht lesbar");
		assertThat(api.text("detail")).startsWith("Diese Adresse ist nicht zulässig");

		PageSession.Page page = signIn(TestFixtures.CARRIER_A).get("/antraege//neu");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("main")).contains("Diese Anfrage kann nicht bearbeitet werden.")
			.doesNotContain("Exception");
	}

}
