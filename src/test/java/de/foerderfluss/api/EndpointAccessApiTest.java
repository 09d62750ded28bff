package de.foerderfluss.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.foerderfluss.security.Role;
import de.foerderfluss.testing.AccessTable;
import de.foerderfluss.testing.AccessTable.Endpoint;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Requests;
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
 * Every endpoint of the README's REST table, called by a person of every role and by
 * nobody, on one case that has come as far as a payout: whom the table names gets past
 * the security (an answer, but neither 401 nor 403 nor a server error), everybody else
 * 403, someone without credentials 401. A {@code POST} carries {@code {}}, so a role that
 * may not send it is refused before the body is read. The table also names every endpoint
 * the API serves.
 */
class EndpointAccessApiTest extends ApiTest {

	/** One person for each role of the README's security matrix. */
	static final Map<Role, String> PEOPLE = Map.of(Role.CARRIER, TestFixtures.CARRIER_A, Role.REVIEWER,
			TestFixtures.REVIEWER, Role.APPROVER, TestFixtures.APPROVER, Role.FINANCE, TestFixtures.FINANCE, Role.ADMIN,
			TestFixtures.ADMIN);

	private static final Pattern VARIABLE = Pattern.compile("/([^/]+)/\\{(\\w+)}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theReadmeNamesEveryEndpointTheApiServesAndNoOther() {
		Set<String> served = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("de.foerderfluss")) {
				info.getPathPatternsCondition()
					.getPatternValues()
					.stream()
					.filter((path) -> path.startsWith("/api/"))
					.forEach((path) -> info.getMethodsCondition()
						.getMethods()
						.forEach((method) -> served.add(method + " " + anyVariable(path))));
			}
		});
		Set<String> documented = AccessTable.endpoints()
			.stream()
			.map((endpoint) -> endpoint.method() + " " + anyVariable(endpoint.path()))
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(documented).as("the README's REST table").containsExactlyElementsOf(served);
	}

	@TestFactory
	Stream<DynamicTest> everyEndpointLetsInTheRolesOfTheReadmeAndRefusesEveryoneElse() {
		assertThat(PEOPLE.keySet()).as("a person for every role").containsExactlyInAnyOrder(Role.values());
		Prepared prepared = prepare();
		return AccessTable.endpoints().stream().flatMap((endpoint) -> {
			String path = prepared.fill(endpoint);
			List<DynamicTest> calls = new ArrayList<>();
			calls.add(dynamicTest(endpoint + " without signing in", () -> {
				Api.Response response = call(Api.anonymous(this.port), endpoint.method(), path);
				assertThat(response.status()).as("%s %s: %s", endpoint.method(), path, response).isEqualTo(401);
			}));
			for (Role role : Role.values()) {
				calls.add(dynamicTest(endpoint + " as " + role, () -> {
					Api.Response response = call(as(PEOPLE.get(role)), endpoint.method(), path);
					if (endpoint.access().allows(role)) {
						assertThat(response.status()).as("%s %s as %s: %s", endpoint.method(), path, role, response)
							.isNotIn(401, 403)
							.isLessThan(500);
					}
					else {
						assertThat(response.status()).as("%s %s as %s: %s", endpoint.method(), path, role, response)
							.isEqualTo(403);
						assertThat(response.contentType()).startsWith("application/problem+json");
					}
				}));
			}
			return calls.stream();
		});
	}

	/**
	 * A case paid out once, with an upload and its approval notice: every path variable
	 * of the API names something real.
	 */
	private Prepared prepare() {
		String programme = this.fixtures.programme(Map.of("B", 10_000));
		long id = inReview(programme, "B", "2400.00");
		long document = expect(201, as(TestFixtures.CARRIER_A).upload(path(id, "documents"), "Satzung.pdf",
				"application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
			.id();
		expect(200, as(TestFixtures.REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("2400.00")));
		expect(200, as(TestFixtures.APPROVER).post(path(id, "decision"), Requests.approve("2400.00")));
		concludeContract(id);
		long payout = paidOut(id, "1000.00");
		long fundCall = expect(200, as(TestFixtures.CARRIER_A).get(path(id, "fund-calls"))).json()
			.path(0)
			.path("id")
			.asLong();
		Map<String, String> values = Map.of("applications", Long.toString(id), "fund-calls", Long.toString(fundCall),
				"payouts", Long.toString(payout), "documents", Long.toString(document), "budgets", "2026");
		return new Prepared(values,
				Map.of("programme", programme, "from", "2026-01-01", "to", "2026-12-31", "kind", "approval-notice"));
	}

	private static Api.Response call(Api api, String method, String path) {
		return switch (method) {
			case "GET" -> api.get(path);
			case "POST" -> api.postJson(path, "{}");
			case "PUT" -> api.put(path, "{}");
			case "DELETE" -> api.delete(path);
			default -> throw new IllegalArgumentException("No call for " + method);
		};
	}

	private static String anyVariable(String path) {
		return path.replaceAll("\\{[^}]*}", "{}");
	}

	/**
	 * Fills a path variable with the id of what the segment before it names, and
	 * {@code {kind}} and the query with the other values.
	 */
	private record Prepared(Map<String, String> ids, Map<String, String> others) {

		String fill(Endpoint endpoint) {
			StringBuilder path = new StringBuilder();
			Matcher matcher = VARIABLE.matcher(endpoint.path());
			while (matcher.find()) {
				String value = this.others.containsKey(matcher.group(2)) ? this.others.get(matcher.group(2))
						: this.ids.get(matcher.group(1));
				if (value == null) {
					throw new IllegalStateException("No value for " + matcher.group() + " in " + endpoint);
				}
				matcher.appendReplacement(path, Matcher.quoteReplacement("/" + matcher.group(1) + "/" + value));
			}
			matcher.appendTail(path);
			String query = endpoint.queryNames()
				.stream()
				.filter(this.others::containsKey)
				.map((name) -> name + "=" + this.others.get(name))
				.collect(Collectors.joining("&"));
			return query.isEmpty() ? path.toString() : path + "?" + query;
		}

	}

}
