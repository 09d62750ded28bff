package de.foerderfluss.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.BrowserSession;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.TestFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins slow down guessing, through the real login form and HTTP Basic: per
 * user name (whether the account exists or not) and per client address, as a reverse
 * proxy names it in {@code X-Forwarded-For}. Each test signs in from addresses of its
 * own.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleApiTest extends PageTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@Autowired
	UserDirectory users;

	@Autowired
	LoginCounters counters;

	@Test
	void fortyWrongPasswordsOnTheLoginFormLockTheAccountEvenForTheRightOneUntilTheWaitIsOver() {
		String user = account();
		String address = address();

		List<String> answers = new ArrayList<>();
		for (int attempt = 1; attempt <= 40; attempt++) {
			answers.add(formLogin(user, "falsch-" + attempt, address));
		}

		assertThat(answers.subList(0, 4)).as("three free failures and the one that locks").containsOnly("/login?error");
		assertThat(answers.subList(4, 40)).containsOnly("/login?locked=1");
		assertThat(formLogin(user, TestFixtures.PASSWORD, address)).as("the right password while locked")
			.isEqualTo("/login?locked=1");
		assertThat(formLogin(user, TestFixtures.PASSWORD, address())).as("from another address")
			.isEqualTo("/login?locked=1");
		assertThat(failures(LoginCounter.Kind.ACCOUNT, user)).as("attempts while locked count for nothing")
			.isEqualTo(4);
		assertThat(PageSession.anonymous(this.port).get("/login?locked=1").text("[role=alert]")).isEqualTo(
				"Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.");

		this.time.advance(Duration.ofSeconds(30));
		assertThat(formLogin(user, TestFixtures.PASSWORD, address)).as("the wait is over").isEqualTo("/");
		assertThat(failures(LoginCounter.Kind.ACCOUNT, user)).as("a success forgets the failures").isZero();
	}

	@Test
	void httpBasicAnswers429WithRetryAfterTheSameForAnAccountAndForNobody() {
		String user = account();
		String nobody = "niemand-" + ThreadLocalRandom.current().nextInt(1_000_000);
		String address = address();
		for (String name : List.of(user, nobody)) {
			for (int attempt = 1; attempt <= 4; attempt++) {
				assertThat(basic(name, "falsch-" + attempt, address).statusCode()).isEqualTo(401);
			}
		}

		HttpResponse<String> locked = basic(user, TestFixtures.PASSWORD, address);
		HttpResponse<String> lockedNobody = basic(nobody, TestFixtures.PASSWORD, address);

		for (HttpResponse<String> response : List.of(locked, lockedNobody)) {
			assertThat(response.statusCode()).isEqualTo(429);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/problem+json");
			assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
		}
		JsonNode problem = json(locked);
		assertThat(problem.path("status").asInt()).isEqualTo(429);
		assertThat(problem.path("type").asText()).isEqualTo("urn:foerderfluss:problem:too-many-sign-ins");
		assertThat(problem.path("title").asText()).isEqualTo("Zu viele Anmeldeversuche");
		assertThat(problem.path("detail").asText()).startsWith("Zu viele fehlgeschlagene Anmeldeversuche.");
		assertThat(lockedNobody.body()).as("nothing tells whether the account exists").isEqualTo(locked.body());

		this.time.advance(Duration.ofSeconds(30));
		assertThat(basic(user, "falsch", address).statusCode()).isEqualTo(401);
		assertThat(basic(user, TestFixtures.PASSWORD, address).headers().firstValue("Retry-After"))
			.as("the wait doubles")
			.hasValue("60");
	}

	@Test
	void anAdministratorSeesTheLockedAccountAndUnlocksIt(CapturedOutput output) {
		String user = account();
		String address = address();
		for (int attempt = 1; attempt <= 4; attempt++) {
			basic(user, "falsch-" + attempt, address);
		}
		assertThat(basic(user, TestFixtures.PASSWORD, address).statusCode()).isEqualTo(429);
		long id = accountId(user);

		PageSession admin = signIn(TestFixtures.ADMIN);
		PageSession.Page list = admin.get("/verwaltung/benutzer");
		assertThat(list.text("#locked-sign-ins"))
			.startsWith("Nach zu vielen fehlgeschlagenen Anmeldeversuchen vorübergehend gesperrt: ein Zugang.");
		assertThat(list.text("tr#user-" + id)).contains("nach Fehlversuchen gesperrt bis 02.03.2026");
		assertThat(list.html().select("tr form.unlock")).hasSize(1);

		assertThat(BrowserSession.login(this.port, TestFixtures.ADMIN, TestFixtures.PASSWORD)
			.post("/verwaltung/benutzer/" + id + "/entsperren")
			.status()).as("without the CSRF token").isEqualTo(403);
		assertThat(basic(user, TestFixtures.PASSWORD, address).statusCode()).isEqualTo(429);

		PageSession.Page unlocked = admin.submit(list, "tr#user-" + id + " form.unlock", Map.of());

		assertThat(unlocked.path()).isEqualTo("/verwaltung/benutzer");
		assertThat(unlocked.text("[role=status]")).isEqualTo("Die Anmeldung für „" + user + "“ ist wieder möglich.");
		assertThat(unlocked.text("#locked-sign-ins")).isNull();
		assertThat(output).contains("Sign-in of '" + user + "' unlocked by the administrator 'administrator'");
		assertThat(basic(user, TestFixtures.PASSWORD, address).statusCode()).isEqualTo(200);
		assertThat(formLogin(user, TestFixtures.PASSWORD, address)).isEqualTo("/");
	}

	@Test
	void anAddressIsLockedAfterTenFailuresWhateverTheUserNames() {
		String address = address();
		String user = account();
		for (int attempt = 1; attempt <= 11; attempt++) {
			assertThat(basic("rater-" + attempt, "falsch", address).statusCode()).as("attempt %d", attempt)
				.isEqualTo(401);
		}

		HttpResponse<String> refused = basic(user, TestFixtures.PASSWORD, address);
		assertThat(refused.statusCode()).as("another account, the right password, the same address").isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(formLogin(user, TestFixtures.PASSWORD, address)).isEqualTo("/login?locked=1");
		assertThat(basic(user, TestFixtures.PASSWORD, address()).statusCode()).as("from elsewhere").isEqualTo(200);
		assertThat(failures(LoginCounter.Kind.ADDRESS, address)).isEqualTo(11);
	}

	@Test
	void anIpv6ClientIsCountedByItsNetwork() {
		String network = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000)) + ":7:";
		for (int attempt = 1; attempt <= 11; attempt++) {
			assertThat(basic("rater-" + attempt, "falsch", network + Integer.toHexString(attempt) + "::1").statusCode())
				.isEqualTo(401);
		}
		assertThat(basic(account(), TestFixtures.PASSWORD, network + "ffff::2").statusCode()).isEqualTo(429);
	}

	@Test
	void aSuccessfulSignInForgetsTheFailuresOfItsUserName() {
		String user = account();
		String address = address();
		for (int round = 0; round < 2; round++) {
			for (int attempt = 1; attempt <= 3; attempt++) {
				assertThat(basic(user, "falsch", address).statusCode()).isEqualTo(401);
			}
			assertThat(basic(user, TestFixtures.PASSWORD, address).statusCode()).isEqualTo(200);
		}
		assertThat(failures(LoginCounter.Kind.ACCOUNT, user)).isZero();
		assertThat(failures(LoginCounter.Kind.ADDRESS, address)).as("an address's failures stay").isEqualTo(6);
	}

	@Test
	void parallelFirstFailuresAreAllCountedAndNoneFails() throws Exception {
		String user = "parallel-" + ThreadLocalRandom.current().nextInt(1_000_000);
		String address = address();
		int clients = 16;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> statuses = new ArrayList<>();
		try {
			for (int i = 0; i < clients; i++) {
				statuses.add(pool.submit(() -> {
					start.await();
					return basic(user, "falsch", address).statusCode();
				}));
			}
			start.countDown();
			List<Integer> answers = new ArrayList<>();
			for (Future<Integer> status : statuses) {
				answers.add(status.get(2, TimeUnit.MINUTES));
			}

			assertThat(answers).isSubsetOf(Set.of(401, 429));
			long counted = answers.stream().filter((status) -> status == 401).count();
			assertThat(counted).isGreaterThanOrEqualTo(4);
			assertThat(failures(LoginCounter.Kind.ACCOUNT, user)).as("every 401 counted once").isEqualTo(counted);
			assertThat(failures(LoginCounter.Kind.ADDRESS, address)).isEqualTo(counted);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String account() {
		String username = "gesperrt-" + Integer.toString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFFF), 36);
		this.users.create(new UserDirectory.NewUser(username, TestFixtures.PASSWORD, "Gerd Gesperrt", null, null,
				Set.of(Role.REVIEWER)));
		return username;
	}

	private long accountId(String username) {
		return this.jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
	}

	/** An address of the documentation range, new for every call within a test. */
	private static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198.51." + random.nextInt(100, 200) + "." + random.nextInt(1, 255);
	}

	private int failures(LoginCounter.Kind kind, String key) {
		String counted = (kind == LoginCounter.Kind.ADDRESS) ? SignInThrottle.addressKey(key) : key;
		return this.counters.findById(new LoginCounter.Key(kind, counted)).map(LoginCounter::getFailures).orElse(0);
	}

	/** Signs in on the login page from the address; answers where it leads. */
	private String formLogin(String username, String password, String address) {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = send(browser, request("/login", address).GET()).body();
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("the login page's CSRF token").isTrue();
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.group(1));
		HttpResponse<String> answer = send(browser,
				request("/login", address).header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(answer.statusCode()).isEqualTo(302);
		return URI.create(answer.headers().firstValue("Location").orElseThrow()).getRawPath()
				+ Optional.ofNullable(URI.create(answer.headers().firstValue("Location").orElseThrow()).getRawQuery())
					.map((query) -> "?" + query)
					.orElse("");
	}

	private HttpResponse<String> basic(String username, String password, String address) {
		return send(HttpClient.newHttpClient(),
				request("/api/v1/tasks", address).header("Authorization", Api.basic(username, password)).GET());
	}

	private HttpRequest.Builder request(String path, String address) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-Forwarded-For", address)
			.header("Accept-Language", "de");
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode json(HttpResponse<String> response) {
		try {
			return JsonMapper.builder().build().readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
