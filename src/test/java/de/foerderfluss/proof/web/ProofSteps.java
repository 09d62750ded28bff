package de.foerderfluss.proof.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.Requests;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes a case with a cost plan of several lines through the API to the steps the proof
 * pages work on: running, paid out, proof submitted, audited.
 */
final class ProofSteps {

	private final int port;

	ProofSteps(int port) {
		this.port = port;
	}

	/**
	 * A module B case of carrier A with one cost line per amount (Honorare, Sachmittel,
	 * …), approved in full and with the contract accepted.
	 */
	long active(String programme, String... plan) {
		String total = sum(plan);
		long id = expect(201, as(CARRIER_A).post("/api/v1/applications", Requests.application(programme, "B", plan)))
			.id();
		expect(200, as(REVIEWER).post(path(id, "completeness"), Requests.complete()));
		expect(200, as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval(total)));
		expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve(total)));
		expect(200, as(CARRIER_A).upload(path(id, "signed-contract"), "Vertrag-unterschrieben.pdf", "application/pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		expect(200, as(REVIEWER).post(path(id, "signed-contract/confirmation"), java.util.Map.of("confirmed", true)));
		return id;
	}

	/** Calls, verifies and releases the amount. */
	void paidOut(long id, String amount) {
		long fundCall = expect(201, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall(amount))).id();
		expect(200, as(REVIEWER).post("/api/v1/fund-calls/" + fundCall + "/verification", Requests.correct()));
		expect(200, as(FINANCE).post("/api/v1/fund-calls/" + fundCall + "/release"));
	}

	/** The carrier submits the proof with the amounts spent per line, in plan order. */
	void proof(long id, String... spent) {
		List<Long> items = costItems(id);
		List<Map<String, Object>> lines = new ArrayList<>();
		for (int i = 0; i < spent.length; i++) {
			lines.add(Map.of("costItemId", items.get(i), "amount", new BigDecimal(spent[i])));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("spentAmount", new BigDecimal(sum(spent)));
		body.put("report", "Zwölf Treffen mit insgesamt 180 Gästen.");
		body.put("confirmed", true);
		body.put("costItems", lines);
		expect(201, as(CARRIER_A).post(path(id, "proof-of-use"), body));
	}

	void audit(long id, String recognised, String note) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("accepted", true);
		body.put("recognisedAmount", new BigDecimal(recognised));
		body.put("note", note);
		expect(200, as(REVIEWER).post(path(id, "proof-of-use/audit"), body));
	}

	/**
	 * The hearing after an audit that recognised less than was paid: the carrier answers,
	 * a second case worker reclaims the amount.
	 */
	void reclaimedAfterHearing(long id, String amount) {
		expect(200,
				as(CARRIER_A).post(path(id, "hearing/answer"), Map.of("text", "Die Belege sind nicht auffindbar.")));
		expect(200, as(REVIEWER_2).post(path(id, "hearing/decision"), Map.of("outcome", "UPHOLD", "amount",
				new BigDecimal(amount), "reasons", "Ohne Belege ist die Verwendung nicht nachgewiesen.")));
	}

	void repaid(long id, String amount) {
		expect(200, as(FINANCE).post(path(id, "repayment"), Map.of("amount", new BigDecimal(amount))));
	}

	List<Long> costItems(long id) {
		List<Long> ids = new ArrayList<>();
		application(id).path("costItems").forEach((item) -> ids.add(item.path("id").asLong()));
		return ids;
	}

	JsonNode application(long id) {
		return expect(200, as(REVIEWER).get("/api/v1/applications/" + id)).json();
	}

	String status(long id) {
		return application(id).path("status").asText();
	}

	BigDecimal amount(long id, String field) {
		return application(id).path(field).decimalValue();
	}

	/** The figure of module B in the programme's budget 2026, as finance sees it. */
	BigDecimal moduleB(String programme, String figure) {
		for (JsonNode module : expect(200, as(FINANCE).get("/api/v1/budgets/2026?programme=" + programme)).json()
			.path("modules")) {
			if ("B".equals(module.path("code").asText())) {
				return module.path(figure).decimalValue();
			}
		}
		throw new AssertionError("No module B in " + programme);
	}

	/** Whether a proof of use is stored, as the carrier asks the API. */
	boolean proofStored(long id) {
		return as(CARRIER_A).get(path(id, "proof-of-use")).status() == 200;
	}

	String fileNumber(long id) {
		return application(id).path("fileNumber").asText();
	}

	Api as(String username) {
		return Api.as(this.port, username);
	}

	static String path(long id, String step) {
		return "/api/v1/applications/" + id + "/" + step;
	}

	private static Api.Response expect(int status, Api.Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		return response;
	}

	private static String sum(String... amounts) {
		BigDecimal total = BigDecimal.ZERO;
		for (String amount : amounts) {
			total = total.add(new BigDecimal(amount));
		}
		return total.toPlainString();
	}

}
