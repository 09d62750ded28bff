package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the money columns of {@code application}, now kept by the grant account and the
 * clawback (V10). The check constraints on them were created without names, which each
 * database invents differently, so they are looked up before the columns go (H2 refuses
 * to drop a column a constraint still uses).
 */
public class V11__Application_keeps_its_lifecycle extends BaseJavaMigration {

	private static final List<String> MOVED = List.of("called_amount", "paid_amount", "recognised_amount",
			"repayment_amount", "repaid_amount");

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			for (String constraint : checksUsingMovedColumns(connection)) {
				statement.execute("alter table application drop constraint " + quoted(constraint));
			}
			for (String column : MOVED) {
				statement.execute("alter table application drop column " + column);
			}
		}
	}

	private static List<String> checksUsingMovedColumns(Connection connection) throws SQLException {
		String query = "select distinct u.constraint_name from information_schema.constraint_column_usage u"
				+ " join information_schema.table_constraints c on c.constraint_name = u.constraint_name"
				+ " and c.constraint_schema = u.constraint_schema"
				+ " where lower(c.table_name) = 'application' and c.constraint_type = 'CHECK'"
				+ " and lower(u.column_name) in ("
				+ MOVED.stream().map((column) -> "'" + column + "'").collect(Collectors.joining(", ")) + ")";
		List<String> names = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(query);
				ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				names.add(result.getString(1));
			}
		}
		return names;
	}

	private static String quoted(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

}
