package de.foerderfluss.testing;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.fail;

/**
 * Asks the test database, H2 or PostgreSQL, whether a transaction is waiting for a lock
 * that another one holds: proof that a step is held back, without guessing how long it
 * takes to get there.
 */
public final class LockWaits {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private static final String POSTGRESQL = "select count(*) from pg_stat_activity"
			+ " where datname = current_database() and cardinality(pg_blocking_pids(pid)) > 0";

	private static final String H2 = "select count(*) from information_schema.sessions where blocker_id is not null";

	private final JdbcTemplate jdbc;

	private final String waitingSessions;

	private LockWaits(JdbcTemplate jdbc, String waitingSessions) {
		this.jdbc = jdbc;
		this.waitingSessions = waitingSessions;
	}

	public static LockWaits in(JdbcTemplate jdbc) {
		String product = jdbc.execute((ConnectionCallback<String>) (c) -> c.getMetaData().getDatabaseProductName());
		return new LockWaits(jdbc, "PostgreSQL".equals(product) ? POSTGRESQL : H2);
	}

	/**
	 * Returns once a transaction waits for a lock; fails if none does within ten seconds.
	 */
	public void awaitWaitingTransaction() {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (!anyWaiting()) {
			if (Instant.now().isAfter(deadline)) {
				fail("No transaction waited for a lock within %s", PATIENCE);
			}
			Thread.onSpinWait();
		}
	}

	private boolean anyWaiting() {
		return this.jdbc.queryForObject(this.waitingSessions, Integer.class) > 0;
	}

}
