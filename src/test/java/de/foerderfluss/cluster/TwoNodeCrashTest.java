package de.foerderfluss.cluster;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.foerderfluss.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two nodes of the built application against one PostgreSQL database: applications run
 * through the whole lifecycle alternating nodes, every fund call is released on both
 * nodes at once, one node is killed with SIGKILL in the middle of that burst and
 * restarted, and afterwards every invariant of DESIGN is checked. Runs in {@code mvn
 * verify} when the suite runs on PostgreSQL; {@code -Dtwo-nodes.applications=N} sets the
 * number of applications (200 by default). The figures go to
 * {@code target/two-nodes/summary.txt}.
 */
@IntegrationTest
class TwoNodeCrashTest {

	private static final String DATABASE = "foerderfluss_two_nodes";

	private static final Path OUTPUT = Path.of("target", "two-nodes");

	private final List<Node> nodes = new ArrayList<>();

	@Test
	void twoNodesKeepEveryInvariantAcrossAKilledNode() throws Exception {
		String serverUrl = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "");
		assumeTrue(serverUrl.startsWith("jdbc:postgresql:"), "needs PostgreSQL in SPRING_DATASOURCE_URL");
		String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
		String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
		String url = freshDatabase(serverUrl, user, password);
		int applications = Integer.getInteger("two-nodes.applications", 200);
		Path jar = builtJar();
		List<String> settings = List.of("--spring.profiles.active=demo", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
				// Timers due at once, so that they fire during the run on whichever node
				// is free.
				"--foerderfluss.deadlines.documents-reminder=P0D",
				"--foerderfluss.deadlines.contract-lapse-warning=P0D",
				// Jobs a killed node had locked are taken over after this time.
				"--camunda.bpm.job-execution.lock-time-in-millis=20000", "--logging.level.root=WARN",
				"--logging.level.de.foerderfluss=INFO");
		Node first = new Node("node-1", jar, OUTPUT.resolve("node-1.log"), settings);
		Node second = new Node("node-2", jar, OUTPUT.resolve("node-2.log"), settings);
		this.nodes.addAll(List.of(first, second));
		Instant started = Instant.now();
		// One after the other: the first creates the schema and the demo data.
		first.start(ClusterDriver.PASSWORD);
		second.start(ClusterDriver.PASSWORD);

		List<ClusterDriver.Case> cases;
		Instant killedAt;
		try (ClusterDriver driver = new ClusterDriver(this.nodes, 8)) {
			cases = driver.openCases(applications);
			List<Long> fundCalls = cases.stream().flatMap((c) -> c.fundCalls().stream()).toList();
			Instant[] kill = new Instant[1];
			driver.raceReleases(fundCalls, fundCalls.size() / 3, () -> {
				kill[0] = Instant.now();
				killQuietly(second);
			});
			killedAt = kill[0];
			second.start(ClusterDriver.PASSWORD);
			// What the killed node's clients never heard back about is released again, on
			// both nodes.
			driver.raceReleases(fundCalls, -1, () -> {
			});
			driver.closeCases(cases);

			try (Connection database = DriverManager.getConnection(url, user, password)) {
				Invariants invariants = new Invariants(database, first.as("kasse", ClusterDriver.PASSWORD),
						second.as("admin", ClusterDriver.PASSWORD));
				awaitJobsDone(database);
				invariants.check(cases);
				Map<String, Long> timers = invariants.timersByNode();
				invariants.holds("timers fired on node-1", timers.getOrDefault("node-1", 0L) > 0 ? 1 : 0, 1);
				invariants.holds("timers fired on node-2", timers.getOrDefault("node-2", 0L) > 0 ? 1 : 0, 1);
				String summary = summary(applications, fundCalls.size(), driver, invariants, timers,
						invariants.jobsByNode(), Duration.between(started, Instant.now()), killedAt);
				Files.createDirectories(OUTPUT);
				Files.writeString(OUTPUT.resolve("summary.txt"), summary);
				System.out.println(summary);
				assertThat(driver.lostRequests.get()).as("requests cut off by the kill").isPositive();
				assertThat(invariants.broken()).as("broken invariants").isEmpty();
			}
		}
	}

	@AfterEach
	void stopNodes() throws InterruptedException {
		for (Node node : this.nodes) {
			node.stop();
		}
	}

	/**
	 * Waits until no job is due any more: notices and mails the steps ordered are done.
	 */
	private static void awaitJobsDone(Connection database) throws SQLException, InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			try (Statement statement = database.createStatement();
					var rows = statement.executeQuery("select count(*) from act_ru_job where retries_ > 0"
							+ " and (duedate_ is null or duedate_ <= now()) and suspension_state_ = 1")) {
				rows.next();
				if (rows.getLong(1) == 0) {
					return;
				}
			}
			Thread.sleep(1000);
		}
	}

	private static String summary(int applications, int fundCalls, ClusterDriver driver, Invariants invariants,
			Map<String, Long> timers, Map<String, Long> jobs, Duration took, Instant killedAt) {
		StringBuilder text = new StringBuilder();
		text.append("Two nodes, one PostgreSQL database, ").append(took.toSeconds()).append(" s\n");
		text.append("applications through the whole lifecycle: ").append(applications).append('\n');
		text.append("fund calls released on both nodes at once: ").append(fundCalls).append('\n');
		text.append("HTTP requests: ")
			.append(driver.requests.get())
			.append(" (409 waits: ")
			.append(driver.conflictWaits.get())
			.append(")\n");
		text.append("release requests: ")
			.append(driver.releaseAttempts.get())
			.append(", accepted: ")
			.append(driver.releasesAccepted.get())
			.append(", refused as already released: ")
			.append(driver.releasesRefusedAsDone.get())
			.append('\n');
		text.append("node-2 killed with SIGKILL at ")
			.append(killedAt)
			.append(", requests cut off: ")
			.append(driver.lostRequests.get())
			.append('\n');
		text.append("timer jobs per node: ").append(timers).append(", all jobs per node: ").append(jobs).append('\n');
		text.append("invariants held (").append(invariants.held().size()).append("):\n");
		invariants.held().forEach((held) -> text.append("  ✓ ").append(held).append('\n'));
		text.append("invariants broken (").append(invariants.broken().size()).append("):\n");
		invariants.broken().forEach((broken) -> text.append("  ✗ ").append(broken).append('\n'));
		return text.toString();
	}

	private static void killQuietly(Node node) {
		try {
			node.kill();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String freshDatabase(String serverUrl, String user, String password) throws SQLException {
		try (Connection server = DriverManager.getConnection(serverUrl, user, password);
				Statement statement = server.createStatement()) {
			statement.execute("drop database if exists " + DATABASE + " with (force)");
			statement.execute("create database " + DATABASE);
		}
		return serverUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/" + DATABASE + "$1");
	}

	/** The application as {@code mvn package} built it, before Failsafe runs. */
	private static Path builtJar() throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "foerderfluss-*.jar")) {
			for (Path jar : jars) {
				return jar;
			}
		}
		throw new IllegalStateException("no target/foerderfluss-*.jar: run mvn verify, which packages first");
	}

}
