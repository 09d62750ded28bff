package de.foerderfluss.cluster;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import de.foerderfluss.testing.Api;

/**
 * Drives applications through the whole lifecycle on two nodes, alternating nodes and
 * people step by step, and races the releases of every fund call on both nodes.
 */
final class ClusterDriver implements AutoCloseable {

	static final String PASSWORD = "demo";

	static final BigDecimal REQUESTED = new BigDecimal("300.00");

	static final BigDecimal FUND_CALL = new BigDecimal("150.00");

	/** What the audit recognises of a case with a clawback: 20 € are paid back. */
	static final BigDecimal RECOGNISED_WITH_CLAWBACK = new BigDecimal("280.00");

	private static final List<String> CARRIERS = List.of("traeger1", "traeger2", "traeger3", "traeger4");

	private static final List<String> MODULES = List.of("B", "C", "D");

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final Duration PATIENCE = Duration.ofMinutes(3);

	private final List<Node> nodes;

	private final ExecutorService pool;

	final AtomicInteger requests = new AtomicInteger();

	final AtomicInteger conflictWaits = new AtomicInteger();

	final AtomicInteger releaseAttempts = new AtomicInteger();

	final AtomicInteger releasesAccepted = new AtomicInteger();

	final AtomicInteger releasesRefusedAsDone = new AtomicInteger();

	final AtomicInteger lostRequests = new AtomicInteger();

	/** One driven application: who submitted it and its two fund calls. */
	record Case(long id, String carrier, List<Long> fundCalls, boolean clawback) {
	}

	ClusterDriver(List<Node> nodes, int parallelClients) {
		this.nodes = nodes;
		this.pool = Executors.newFixedThreadPool(parallelClients);
	}

	/**
	 * Submission to two verified fund calls; every fifth application is first found
	 * incomplete so that the reminder timer of the missing documents fires.
	 */
	List<Case> openCases(int count) throws InterruptedException {
		List<Callable<Case>> work = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int index = i;
			work.add(() -> openCase(index));
		}
		return all(work);
	}

	private Case openCase(int i) throws InterruptedException {
		Node home = this.nodes.get(i % 2);
		Node away = this.nodes.get((i + 1) % 2);
		String carrier = CARRIERS.get(i % CARRIERS.size());
		String reviewer = (i % 2 == 0) ? "pruefer" : "pruefer2";
		String verifier = (i % 2 == 0) ? "pruefer2" : "pruefer";
		long id = expect(201, () -> home.as(carrier, PASSWORD).post("/api/v1/applications", application(i))).id();
		String path = "/api/v1/applications/" + id;
		if (i % 5 == 0) {
			expect(200, () -> away.as(reviewer, PASSWORD)
				.post(path + "/completeness", Map.of("complete", false, "missing", "Kostenvoranschlag")));
			expect(201, () -> home.as(carrier, PASSWORD)
				.upload(path + "/documents", "Kostenvoranschlag.pdf", "application/pdf", PDF));
			expect(200, () -> away.as(carrier, PASSWORD).post(path + "/resubmission", Map.of("note", "anbei")));
		}
		expect(200, () -> away.as(reviewer, PASSWORD).post(path + "/completeness", Map.of("complete", true)));
		expect(200, () -> home.as(reviewer, PASSWORD)
			.post(path + "/assessment",
					Map.of("recommendation", "APPROVE", "amount", REQUESTED, "justification", "Bedarf belegt.")));
		expect(200, () -> away.as("leitung", PASSWORD)
			.post(path + "/decision", Map.of("approved", true, "amount", REQUESTED)));
		// The notice is prepared in a job of its own, on whichever node takes it.
		expect(200, () -> home.as(carrier, PASSWORD).get(path + "/documents/forwarding-contract"), 404);
		expect(200, () -> away.as(carrier, PASSWORD)
			.upload(path + "/signed-contract", "Vertrag-unterschrieben.pdf", "application/pdf", PDF));
		expect(200, () -> home.as(reviewer, PASSWORD)
			.post(path + "/signed-contract/confirmation", Map.of("confirmed", true)));
		List<Long> fundCalls = new ArrayList<>();
		for (Node node : List.of(home, away)) {
			long fundCall = expect(201,
					() -> node.as(carrier, PASSWORD).post(path + "/fund-calls", Map.of("amount", FUND_CALL)))
				.id();
			expect(200,
					() -> node.as(verifier, PASSWORD)
						.post("/api/v1/fund-calls/" + fundCall + "/verification",
								Map.of("correct", true, "note", "Sachlich und rechnerisch richtig.")));
			fundCalls.add(fundCall);
		}
		return new Case(id, carrier, fundCalls, i % 4 == 0);
	}

	/**
	 * Every fund call is released on both nodes at the same moment; {@code midway} runs
	 * while the later part of the burst is still in flight.
	 */
	void raceReleases(Collection<Long> fundCalls, int midwayAfter, Runnable midway) throws InterruptedException {
		List<Future<?>> burst = new ArrayList<>();
		int submitted = 0;
		for (long fundCall : fundCalls) {
			for (Node node : this.nodes) {
				burst.add(this.pool.submit(() -> release(node, fundCall)));
			}
			if (++submitted == midwayAfter) {
				awaitAll(new ArrayList<>(burst));
				midway.run();
			}
		}
		awaitAll(burst);
	}

	private void release(Node node, long fundCall) {
		this.releaseAttempts.incrementAndGet();
		this.requests.incrementAndGet();
		try {
			int status = node.as("kasse", PASSWORD).post("/api/v1/fund-calls/" + fundCall + "/release").status();
			if (status == 200) {
				this.releasesAccepted.incrementAndGet();
			}
			else if (status == 409) {
				this.releasesRefusedAsDone.incrementAndGet();
			}
			else {
				throw new AssertionError("release of fund call " + fundCall + " on " + node.name() + ": " + status);
			}
		}
		catch (IllegalStateException connectionLost) {
			// The node was killed while the request was open: the client never learns the
			// outcome.
			this.lostRequests.incrementAndGet();
		}
	}

	/**
	 * Proof of use and audit; every case marked for a clawback is heard, repays the
	 * difference and has its (nil) interest waived.
	 */
	void closeCases(List<Case> cases) throws InterruptedException {
		List<Callable<Case>> work = new ArrayList<>();
		for (int i = 0; i < cases.size(); i++) {
			Case driven = cases.get(i);
			Node home = this.nodes.get(i % 2);
			Node away = this.nodes.get((i + 1) % 2);
			work.add(() -> close(driven, home, away));
		}
		all(work);
	}

	private Case close(Case driven, Node home, Node away) throws InterruptedException {
		String path = "/api/v1/applications/" + driven.id();
		BigDecimal recognised = driven.clawback() ? RECOGNISED_WITH_CLAWBACK : REQUESTED;
		long costItem = expect(200, () -> home.as(driven.carrier(), PASSWORD).get(path)).json()
			.path("costItems")
			.get(0)
			.path("id")
			.asLong();
		expect(201, () -> home.as(driven.carrier(), PASSWORD)
			.post(path + "/proof-of-use", Map.of("spentAmount", recognised, "report", "Zehn Treffen mit 150 Gästen.",
					"confirmed", true, "costItems", List.of(Map.of("costItemId", costItem, "amount", recognised)))));
		expect(200, () -> away.as("pruefer", PASSWORD)
			.post(path + "/proof-of-use/audit",
					Map.of("accepted", true, "recognisedAmount", recognised, "note", "Geprüft anhand der Belege.")));
		if (driven.clawback()) {
			expect(200, () -> home.as(driven.carrier(), PASSWORD)
				.post(path + "/hearing/answer", Map.of("text", "Einverstanden.")));
			expect(200,
					() -> away.as("pruefer", PASSWORD)
						.post(path + "/hearing/decision", Map.of("outcome", "UPHOLD", "amount",
								REQUESTED.subtract(recognised), "reasons", "Die Mittel wurden nicht verbraucht.")));
			expect(200, () -> home.as("kasse", PASSWORD)
				.post(path + "/repayment", Map.of("amount", REQUESTED.subtract(recognised))));
			// Repaid on the day the grant became ineffective: no interest accrued, so the
			// case worker waives it with reasons and the case closes.
			expect(200, () -> away.as("pruefer", PASSWORD)
				.post(path + "/interest",
						Map.of("waive", true, "reason", "Am Tag der Unwirksamkeit zurückgezahlt; keine Zinsen.")));
		}
		return driven;
	}

	private static Map<String, Object> application(int i) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fundingYear", 2026);
		body.put("programme", "KA");
		body.put("module", MODULES.get(i % MODULES.size()));
		body.put("title", "Sprachcafé " + (i + 1));
		body.put("summary", "Wöchentliches Treffen mit Sprachpatinnen und -paten.");
		body.put("municipality", "Soest");
		body.put("startDate", "2026-01-01");
		body.put("endDate", "2026-12-31");
		body.put("costItems", List.of(Map.of("category", "FEES", "description", "Honorare", "amount", REQUESTED)));
		return body;
	}

	/**
	 * The answer with the expected status; 409 (a notice still being prepared, a
	 * concurrent change) and the tolerated statuses mean: wait and ask again.
	 */
	private Api.Response expect(int status, Supplier<Api.Response> call, int... alsoWaitOn)
			throws InterruptedException {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (true) {
			Api.Response response = call.get();
			this.requests.incrementAndGet();
			if (response.status() == status) {
				return response;
			}
			boolean wait = response.status() == 409 || Set.of(box(alsoWaitOn)).contains(response.status());
			if (!wait || Instant.now().isAfter(deadline)) {
				throw new AssertionError("expected " + status + ", got " + response.status() + ": "
						+ new String(response.bytes(), StandardCharsets.UTF_8));
			}
			this.conflictWaits.incrementAndGet();
			Thread.sleep(250);
		}
	}

	private static Integer[] box(int[] statuses) {
		return java.util.Arrays.stream(statuses).boxed().toArray(Integer[]::new);
	}

	private <T> List<T> all(List<Callable<T>> work) throws InterruptedException {
		List<T> results = new ArrayList<>();
		for (Future<T> future : this.pool.invokeAll(work)) {
			results.add(result(future));
		}
		return results;
	}

	private static void awaitAll(List<Future<?>> futures) throws InterruptedException {
		for (Future<?> future : futures) {
			result(future);
		}
	}

	private static <T> T result(Future<T> future) throws InterruptedException {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			throw new AssertionError(ex.getCause().getMessage(), ex.getCause());
		}
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
	}

}
