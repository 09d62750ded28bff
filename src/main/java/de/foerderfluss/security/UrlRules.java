package de.foerderfluss.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The paths the modules reserve for some roles. Applied most specific first, so that one
 * module's rule for a single page is not hidden by another module's rule for a whole
 * area.
 */
public final class UrlRules {

	private static final Comparator<Rule> MOST_SPECIFIC_FIRST = Comparator
		.comparing(Rule::pattern, PathPattern.SPECIFICITY_COMPARATOR)
		.thenComparing(Rule::path);

	private final List<Rule> rules = new ArrayList<>();

	private final List<String> closed = new ArrayList<>();

	private final List<ReadOnlyArea> readOnly = new ArrayList<>();

	UrlRules() {
	}

	public UrlRules onlyFor(Role role, String... paths) {
		return onlyFor(EnumSet.of(role), paths);
	}

	public UrlRules onlyFor(Set<Role> roles, String... paths) {
		for (String path : paths) {
			// Two rules for one path would let the order of the modules decide.
			if (this.rules.stream().anyMatch((rule) -> rule.path().equals(path))) {
				throw new IllegalStateException("Access to " + path + " is declared twice");
			}
			this.rules.add(new Rule(PathPatternParser.defaultInstance.parse(path), EnumSet.copyOf(roles)));
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

	record Rule(PathPattern pattern, Set<Role> roles) {

		String path() {
			return this.pattern.getPatternString();
		}

		String[] roleNames() {
			return this.roles.stream().map(Role::name).toArray(String[]::new);
		}

	}

}
