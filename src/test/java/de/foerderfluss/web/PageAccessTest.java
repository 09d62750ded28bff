package de.foerderfluss.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserDirectory;
import de.foerderfluss.testing.AccessTable;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.TestFixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every page of the README's page table, by each method it is served with, opened by a
 * person of every role and by someone not signed in, on one case that has come as far as
 * a payout: whom the table names gets the page or its answer (neither 401 nor 403, no
 * server error, no way back to the login), everybody else 403 with the error page,
 * someone not signed in the login. A POST carries the CSRF token and nothing else. The
 * table also names every page the application serves.
 */
class PageAccessTest extends PageTest {

	/** One person for each role of the README's security matrix. */
	static final Map<Role, String> PEOPLE = Map.of(Role.CARRIER, TestFixtures.CARRIER_A, Role.REVIEWER,
			TestFixtures.REVIEWER, Role.APPROVER, TestFixtures.APPROVER, Role.FINANCE, TestFixtures.FINANCE, Role.ADMIN,
			TestFixtures.ADMIN);

	private static final Pattern VARIABLE = Pattern.compile("/([^/]+)/\\{(\\w+)(:[^}]*)?}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDirectory users;

	@Test
	void theReadmeNamesEveryPageTheApplicationServesAndNoOther() {
		Set<String> documented = AccessTable.pages()
			.stream()
			.map((page) -> anyVariable(page.path()))
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(documented).as("the README's page table").containsExactlyElementsOf(served().keySet());
	}

	@TestFactory
	Stream<DynamicTest> everyPageLetsInTheRolesOfTheReadmeAndRefusesEveryoneElse() {
		assertThat(PEOPLE.keySet()).as("a person for every role").containsExactlyInAnyOrder(Role.values());
		Map<String, Set<String>> served = served();
		Map<String, String> ids = prepare();
		Map<Role, PageSession> sessions = new EnumMap<>(Role.class);
		PEOPLE.forEach((role, username) -> sessions.put(role, signIn(username)));
		return AccessTable.pages().stream().flatMap((page) -> {
			String path = fill(page.path(), ids);
			List<DynamicTest> requests = new ArrayList<>();
			for (String method : served.getOrDefault(anyVariable(page.path()), Set.of("GET"))) {
				requests.add(dynamicTest(method + " " + page + " without signing in", () -> {
					Api.Response response = PageSession.anonymous(this.port).send(method, path);
					if (page.access().anonymous()) {
						assertThat(response.status()).as("%s %s: %s", method, path, response.status()).isEqualTo(200);
					}
					else if (response.status() != 403 || "GET".equals(method)) {
						// A POST may be refused by the CSRF check before it asks for a
						// login.
						assertThat(response.status()).as("%s %s", method, path).isEqualTo(302);
						assertThat(response.headers().firstValue("Location")).as("%s %s", method, path)
							.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
					}
				}));
				for (Role role : Role.values()) {
					requests.add(dynamicTest(method + " " + page + " as " + role, () -> {
						Api.Response response = sessions.get(role).send(method, path);
						String said = method + " " + path + " as " + role + ": " + response.status() + " "
								+ response.headers().firstValue("Location").orElse("");
						if (page.access().allows(role)) {
							assertThat(response.status()).as(said).isNotIn(401, 403).isLessThan(500);
							assertThat(response.headers().firstValue("Location").orElse("")).as(said)
								.doesNotEndWith("/login");
						}
						else {
							assertThat(response.status()).as(said).isEqualTo(403);
							assertThat(response.contentType()).as(said).startsWith("text/html");
						}
					}));
				}
			}
			return requests.stream();
		});
	}

	/** The pages the application serves, each with its methods. */
	private Map<String, Set<String>> served() {
		Map<String, Set<String>> served = new TreeMap<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("de.foerderfluss")) {
				Set<String> methods = info.getMethodsCondition()
					.getMethods()
					.stream()
					.map(Enum::name)
					.collect(Collectors.toCollection(TreeSet::new));
				info.getPathPatternsCondition()
					.getPatternValues()
					.stream()
					.filter((path) -> !path.startsWith("/api/"))
					.forEach((path) -> served.computeIfAbsent(anyVariable(path), (key) -> new TreeSet<>())
						.addAll(methods.isEmpty() ? Set.of("GET") : methods));
			}
		});
		return served;
	}

	/**
	 * A case paid out once, and the records of the administration's pages: every path
	 * variable names something real, except tasks and mails, whose pages answer for an
	 * unknown one without changing anything.
	 */
	private Map<String, String> prepare() {
		String programme = this.fixtures.programme(Map.of("B", 10_000));
		long id = active(programme, "B", "2400.00");
		paidOut(id, "1000.00");
		long fundCall = expect(200, as(TestFixtures.CARRIER_A).get(path(id, "fund-calls"))).json()
			.path(0)
			.path("id")
			.asLong();
		Long programmeId = this.jdbc.queryForObject("select id from programme where code = ?", Long.class, programme);
		Long year = this.jdbc.queryForObject("select id from funding_year where programme_id = ?", Long.class,
				programmeId);
		Long module = this.jdbc.queryForObject("select min(id) from funding_module where funding_year_id = ?",
				Long.class, year);
		Long carrier = this.jdbc.queryForObject("select carrier_id from user_account where username = ?", Long.class,
				TestFixtures.CARRIER_A);
		String username = "seitenprobe-" + ThreadLocalRandom.current().nextInt(1_000_000);
		this.users.create(new UserDirectory.NewUser(username, TestFixtures.PASSWORD, "Sina Seitenprobe",
				username + "@example.org", null, Set.of(Role.REVIEWER)));
		Long user = this.jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
		return Map.of("antraege", Long.toString(id), "mittelabrufe", Long.toString(fundCall), "aufgaben",
				"keine-aufgabe", "benutzer", user.toString(), "traeger", carrier.toString(), "programme",
				programmeId.toString(), "jahre", year.toString(), "bausteine", module.toString(), "postausgang", "0");
	}

	/** Fills a path variable with the id of what the segment before it names. */
	private static String fill(String pattern, Map<String, String> ids) {
		StringBuilder path = new StringBuilder();
		Matcher matcher = VARIABLE.matcher(pattern);
		while (matcher.find()) {
			String value = ids.get(matcher.group(1));
			if (value == null) {
				throw new IllegalStateException("No value for " + matcher.group() + " in " + pattern);
			}
			matcher.appendReplacement(path, Matcher.quoteReplacement("/" + matcher.group(1) + "/" + value));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private static String anyVariable(String path) {
		return path.replaceAll("\\{[^}]*}", "{}");
	}

}
