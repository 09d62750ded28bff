package de.foerderfluss.testing;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the integration tests: the whole application on a random port, real security,
 * the embedded database or PostgreSQL when {@code SPRING_DATASOURCE_URL} says so, and
 * helpers that take a case to a given status through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@IntegrationTest
@ActiveProfiles("test")
@Import(TestSetup.class)
public abstract class ApiTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestFixtures fixtures;

	@Autowired
	protected TimeMachine time;

	@Autowired
	protected JdbcTemplate jdbc;

	@BeforeEach
	void startOnTheSameMorning() {
		this.time.reset();
		// Every test signs in from 127.0.0.1 on the same morning: failures of earlier
		// tests must not lock it.
		this.jdbc.update("delete from login_throttle");
		this.fixtures.ensurePeople();
	}

	protected Api as(String username) {
		return Api.as(this.port, username);
	}

	protected static Api.Response expect(int status, Api.Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		return response;
	}

	protected static BigDecimal amount(String value) {
		return new BigDecimal(value);
	}

	protected long submit(String programme, String module, String... amounts) {
		return expect(201, as(TestFixtures.CARRIER_A).post("/api/v1/applications",
				Requests.application(programme, module, amounts)))
			.id();
	}

	protected long inReview(String programme, String module, String... amounts) {
		long id = submit(programme, module, amounts);
		expect(200, as(TestFixtures.REVIEWER).post(path(id, "completeness"), Requests.complete()));
		return id;
	}

	protected long inApproval(String programme, String module, String amount) {
		long id = inReview(programme, module, amount);
		expect(200, as(TestFixtures.REVIEWER).post(path(id, "assessment"), Requests.recommendApproval(amount)));
		return id;
	}

	protected long approved(String programme, String module, String amount) {
		long id = inApproval(programme, module, amount);
		expect(200, as(TestFixtures.APPROVER).post(path(id, "decision"), Requests.approve(amount)));
		return id;
	}

	protected long active(String programme, String module, String amount) {
		long id = approved(programme, module, amount);
		concludeContract(id);
		return id;
	}

	/** A PDF as the carrier's scan of the signed forwarding contract. */
	protected static final byte[] SIGNED_CONTRACT = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	/** The carrier uploads the signed forwarding contract. */
	protected Api.Response signedContract(String carrier, long id) {
		return as(carrier).upload(path(id, "signed-contract"), "Vertrag-unterschrieben.pdf", "application/pdf",
				SIGNED_CONTRACT);
	}

	/**
	 * The carrier uploads the signed forwarding contract and a case worker confirms its
	 * receipt: the contract is concluded and the case active.
	 */
	protected Api.Response concludeContract(long id) {
		return concludeContract(TestFixtures.CARRIER_A, id);
	}

	protected Api.Response concludeContract(String carrier, long id) {
		expect(200, signedContract(carrier, id));
		return expect(200, as(TestFixtures.REVIEWER).post(path(id, "signed-contract/confirmation"),
				java.util.Map.of("confirmed", true)));
	}

	/** Calls, verifies and releases funds; answers the payout id. */
	protected long paidOut(long applicationId, String amount) {
		long fundCall = expect(201,
				as(TestFixtures.CARRIER_A).post(path(applicationId, "fund-calls"), Requests.fundCall(amount)))
			.id();
		expect(200,
				as(TestFixtures.REVIEWER).post("/api/v1/fund-calls/" + fundCall + "/verification", Requests.correct()));
		return expect(200, as(TestFixtures.FINANCE).post("/api/v1/fund-calls/" + fundCall + "/release")).json()
			.path("payoutId")
			.asLong();
	}

	/** The carrier answers the hearing with a text. */
	protected Api.Response answerHearing(long applicationId, String text) {
		return expect(200,
				as(TestFixtures.CARRIER_A).post(path(applicationId, "hearing/answer"), java.util.Map.of("text", text)));
	}

	/**
	 * The case worker decides after the hearing: reclaims the amount, or nothing when it
	 * is null.
	 */
	protected Api.Response decideAfterHearing(long applicationId, String amount, String reasons) {
		java.util.Map<String, Object> body = new java.util.HashMap<>();
		body.put("outcome", (amount != null) ? "UPHOLD" : "DROP");
		if (amount != null) {
			body.put("amount", amount(amount));
		}
		body.put("reasons", reasons);
		return expect(200, as(TestFixtures.REVIEWER_2).post(path(applicationId, "hearing/decision"), body));
	}

	protected String status(long applicationId) {
		return expect(200, as(TestFixtures.REVIEWER).get("/api/v1/applications/" + applicationId)).text("status");
	}

	protected static String path(long applicationId, String step) {
		return "/api/v1/applications/" + applicationId + "/" + step;
	}

	/** The budget of the programme's year 2026 as finance sees it. */
	protected Api.Response budget(String programme) {
		return expect(200, as(TestFixtures.FINANCE).get("/api/v1/budgets/2026?programme=" + programme));
	}

	protected BigDecimal moduleFigure(String programme, String module, String figure) {
		for (var node : budget(programme).json().path("modules")) {
			if (module.equals(node.path("code").asText())) {
				return node.path(figure).decimalValue();
			}
		}
		throw new AssertionError("No module " + module);
	}

}
