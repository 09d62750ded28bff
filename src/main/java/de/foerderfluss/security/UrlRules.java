package de.foerderfluss.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The paths the modules reserve for some roles. Applied most specific first, so that one
 * module's rule for a single page is not hidden by another module's rule for a whole
 * area; a rule for one method of a path comes before a rule for the whole path.
 */
public final class UrlRules {

	private static final Comparator<Rule> MOST_SPECIFIC_FIRST = Comparator
		.comparing(Rule::pattern, PathPattern.SPECIFICITY_COMPARATOR)
		.thenComparing((rule) -> rule.method() == null)
		.thenComparing(Rule::path)
		.thenComparing((rule) -> String.valueOf(rule.method()));

	private final List<Rule> rules = new ArrayList<>();

	private final List<String> closed = new ArrayList<>();

	private final List<ReadOnlyArea> readOnly = new ArrayList<>();

	UrlRules() {
	}

	public UrlRules onlyFor(Role role, String... paths) {
		return onlyFor(EnumSet.of(role), paths);
	}

	public UrlRules onlyFor(Set<Role> roles, String... paths) {
		return add(null, roles, paths);
	}

	/**
	 * Requests with this method to these paths, such as the POST that creates something
	 * where everybody may read: refused by role before the request's body is read.
	 */
	public UrlRules onlyFor(HttpMethod method, Role role, String... paths) {
		return onlyFor(method, EnumSet.of(role), paths);
	}

	public UrlRules onlyFor(HttpMethod method, Set<Role> roles, String... paths) {
		return add(method, roles, paths);
	}

	private UrlRules add(HttpMethod method, Set<Role> roles, String... paths) {
		for (String path : paths) {
			// Two rules for one request would let the order of the modules decide.
			if (this.rules.stream().anyMatch((rule) -> rule.path().equals(path) && rule.method() == method)) {
				throw new IllegalStateException(
						"Access to " + ((method != null) ? method + " " : "") + path + " is declared twice");
			}
			this.rules.add(new Rule(method, PathPatternParser.defaultInstance.parse(path), EnumSet.copyOf(roles)));
		}
		return this;
	}

	/**
	 * Paths no one may open, such as a part of a library the application does not offer.
	 */
	public UrlRules closed(String... paths) {
		this.closed.addAll(List.of(paths));
		return this;
	}

	/**
	 * An area whose readers may change nothing there except through the given paths:
	 * every request but GET, HEAD and OPTIONS to any other path of the area is refused.
	 */
	public UrlRules readOnly(String area, List<String> writablePaths) {
		this.readOnly.add(new ReadOnlyArea(area, List.copyOf(writablePaths)));
		return this;
	}

	List<Rule> mostSpecificFirst() {
		return this.rules.stream().sorted(MOST_SPECIFIC_FIRST).toList();
	}

	List<String> closed() {
		return List.copyOf(this.closed);
	}

	List<ReadOnlyArea> readOnlyAreas() {
		return List.copyOf(this.readOnly);
	}

	record ReadOnlyArea(String area, List<String> writablePaths) {

	}

	/** A rule for the path with any method when {@code method} is null. */
	record Rule(HttpMethod method, PathPattern pattern, Set<Role> roles) {

		String path() {
			return this.pattern.getPatternString();
		}

		String[] roleNames() {
			return this.roles.stream().map(Role::name).toArray(String[]::new);
		}

	}

}
