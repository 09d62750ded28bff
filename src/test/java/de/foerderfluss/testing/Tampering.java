package de.foerderfluss.testing;

import java.sql.Statement;
import java.util.function.Consumer;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Changes rows of the append-only records directly, as someone with the database's
 * superuser could: on PostgreSQL with the triggers of the session switched off
 * ({@code session_replication_role = replica}), on H2, which has no such triggers, as it
 * is.
 */
public final class Tampering {

	private Tampering() {
	}

	public static void asSuperuser(JdbcTemplate jdbc, Consumer<JdbcTemplate> changes) {
		jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
			try (Statement statement = connection.createStatement()) {
				if (postgres) {
					statement.execute("set session_replication_role = replica");
				}
				try {
					changes.accept(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
				}
				finally {
					if (postgres) {
						statement.execute("set session_replication_role = origin");
					}
				}
			}
			return null;
		});
	}

}
