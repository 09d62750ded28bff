package de.foerderfluss.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.foerderfluss.security.Role;

/**
 * Who may call which endpoint and open which page, read from the README's two tables: the
 * REST API's ({@code | method and path | role | …}) and the pages'
 * ({@code | page | who may open it |}). The README is the one place these rules are
 * written; a row this class cannot read fails the test that reads it.
 */
public final class AccessTable {

	private static final Path README = Path.of("README.md");

	private static final Pattern ENDPOINT = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) ([^`]+)`");

	private static final Pattern PAGE = Pattern.compile("`(/[^`]*)`");

	private static final Pattern QUERY_NAME = Pattern.compile("(\\w+)=");

	private AccessTable() {
	}

	/** One endpoint of {@code /api/v1} with its method. */
	public record Endpoint(String method, String path, List<String> queryNames, Access access) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/** One page of the browser's pages, by path, whatever its methods. */
	public record Page(String path, Access access) {

		@Override
		public String toString() {
			return this.path;
		}

	}

	/** The roles that may pass, and whether someone not signed in may too. */
	public record Access(Set<Role> roles, boolean anonymous) {

		public boolean allows(Role role) {
			return this.anonymous || this.roles.contains(role);
		}

	}

	/** The REST API's table, paths with the {@code /api/v1} prefix. */
	public static List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (String[] row : rowsOf("| method and path | role |")) {
			Matcher matcher = ENDPOINT.matcher(row[0]);
			String previous = null;
			boolean found = false;
			while (matcher.find()) {
				found = true;
				String written = matcher.group(2);
				String path = withoutQuery(written);
				if (path.startsWith("…")) {
					if (previous == null) {
						throw new IllegalStateException("README: '" + written + "' continues no path in " + row[0]);
					}
					path = previous.substring(0, previous.lastIndexOf('/')) + path.substring(1);
				}
				previous = path;
				endpoints
					.add(new Endpoint(matcher.group(1), "/api/v1" + path, queryNames(written), access(row[1], row[0])));
			}
			if (!found) {
				throw new IllegalStateException("README: no `METHOD /path` in the row " + String.join(" | ", row));
			}
		}
		return endpoints;
	}

	/** The pages' table. */
	public static List<Page> pages() {
		List<Page> pages = new ArrayList<>();
		for (String[] row : rowsOf("| page | who may open it |")) {
			Matcher matcher = PAGE.matcher(row[0]);
			boolean found = false;
			while (matcher.find()) {
				found = true;
				pages.add(new Page(matcher.group(1), access(row[1], row[0])));
			}
			if (!found) {
				throw new IllegalStateException("README: no `/path` in the row " + String.join(" | ", row));
			}
		}
		return pages;
	}

	/**
	 * The roles of a cell: {@code any} is every signed-in role, {@code everyone} also
	 * someone not signed in, {@code KI} the case workers and the head, {@code owner} the
	 * carrier of the case; what stands in parentheses explains and adds no role.
	 */
	static Access access(String cell, String row) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		boolean anonymous = false;
		for (String token : cell.replaceAll("\\([^)]*\\)", "").replace("`", "").split(",")) {
			String name = token.strip();
			switch (name) {
				case "everyone" -> {
					anonymous = true;
					roles.addAll(EnumSet.allOf(Role.class));
				}
				case "any" -> roles.addAll(EnumSet.allOf(Role.class));
				case "KI" -> roles.addAll(EnumSet.of(Role.REVIEWER, Role.APPROVER));
				case "owner" -> roles.add(Role.CARRIER);
				default -> {
					try {
						roles.add(Role.valueOf(name));
					}
					catch (IllegalArgumentException ex) {
						throw new IllegalStateException("README: unknown role '" + name + "' in the row " + row, ex);
					}
				}
			}
		}
		return new Access(roles, anonymous);
	}

	/** The first two cells of every row of the table whose header starts so. */
	private static List<String[]> rowsOf(String header) {
		List<String> lines = readme();
		int start = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(header)) {
				if (start >= 0) {
					throw new IllegalStateException("README: two tables start with " + header);
				}
				start = i;
			}
		}
		if (start < 0) {
			throw new IllegalStateException("README: no table starts with " + header);
		}
		List<String[]> rows = new ArrayList<>();
		for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			String[] cells = lines.get(i).split("(?<!\\\\)\\|");
			rows.add(new String[] { cells[1].strip(), cells[2].strip() });
		}
		return rows;
	}

	private static String withoutQuery(String written) {
		String path = written.replaceAll("\\[[^]]*]", "");
		int query = path.indexOf('?');
		return (query >= 0) ? path.substring(0, query) : path;
	}

	private static List<String> queryNames(String written) {
		int query = written.indexOf('?');
		if (query < 0) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		Matcher matcher = QUERY_NAME.matcher(written.substring(query));
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static List<String> readme() {
		try {
			return Files.readAllLines(README, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("README.md is read from the project's directory", ex);
		}
	}

}
