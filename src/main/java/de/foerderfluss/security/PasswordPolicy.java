package de.foerderfluss.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.nulabinc.zxcvbn.Zxcvbn;
import de.foerderfluss.shared.InvalidInputException;

/**
 * Refuses passwords that are easy to guess: too short (longer for administrators), the
 * user name in them, or weak by zxcvbn's estimate, which knows the most common passwords,
 * names, words, keyboard rows, sequences, repetitions and dates, and here also the
 * person's own name and address and a few words everyone at an authority would try. Too
 * long for BCrypt is refused as well.
 */
final class PasswordPolicy {

	/** Words an attacker of a German funding authority would try first. */
	private static final List<String> LIKELY_WORDS = List.of("foerderfluss", "förderfluss", "foerderung", "förderung",
			"kommunal", "integration", "integrationszentrum", "komm-an", "passwort", "kennwort", "geheim", "hallo",
			"willkommen", "sommer", "winter", "fruehling", "herbst", "schatz", "admin", "administrator", "verwaltung",
			"kreis", "stadt", "antrag", "traeger", "träger");

	private static final Zxcvbn ZXCVBN = new Zxcvbn();

	private final SecurityProperties.Passwords rules;

	PasswordPolicy(SecurityProperties.Passwords rules) {
		this.rules = rules;
	}

	/** The fewest characters for a person with these roles. */
	int minLength(Set<Role> roles) {
		return (roles != null && roles.contains(Role.ADMIN)) ? this.rules.adminMinLength() : this.rules.minLength();
	}

	int minLength() {
		return this.rules.minLength();
	}

	int adminMinLength() {
		return this.rules.adminMinLength();
	}

	/**
	 * Refuses the password for the person, at the field {@code password}.
	 * @param password what was typed
	 * @param person the user name first, then what else names the person (name, e-mail
	 * address); blanks are skipped
	 * @param roles the roles the person is to hold
	 */
	void check(String password, Set<Role> roles, String... person) {
		int minLength = minLength(roles);
		if (password == null || password.isBlank() || password.codePointCount(0, password.length()) < minLength) {
			throw new InvalidInputException("password", "admin.error.password.too-short", minLength);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > SecurityProperties.Passwords.MAX_BYTES) {
			throw new InvalidInputException("password", "admin.error.password.too-long",
					SecurityProperties.Passwords.MAX_BYTES);
		}
		if (person.length > 0 && containsUserName(password, person[0])) {
			throw new InvalidInputException("password", "admin.error.password.user-name");
		}
		if (ZXCVBN.measure(password, hints(person)).getScore() < this.rules.minStrength()) {
			throw new InvalidInputException("password", "admin.error.password.weak");
		}
	}

	/**
	 * Whether the user name (of three or more letters or digits) is in it, also
	 * backwards.
	 */
	private static boolean containsUserName(String password, String username) {
		String name = lettersAndDigits(username);
		if (name.length() < 3) {
			return false;
		}
		String typed = lettersAndDigits(password);
		return typed.contains(name) || typed.contains(new StringBuilder(name).reverse());
	}

	private static List<String> hints(String... person) {
		// The person's facts first: zxcvbn counts the guesses by the place in this list.
		List<String> hints = new ArrayList<>();
		for (String fact : person) {
			if (fact == null || fact.isBlank()) {
				continue;
			}
			String lower = fact.strip().toLowerCase(Locale.ROOT);
			hints.add(lower);
			hints.add(lettersAndDigits(lower));
			if (lower.indexOf('@') > 0) {
				hints.add(lower.substring(0, lower.indexOf('@')));
			}
			for (String part : lower.split("[^\\p{L}\\p{N}]+")) {
				if (part.length() >= 3) {
					hints.add(part);
				}
			}
		}
		hints.addAll(LIKELY_WORDS);
		return hints;
	}

	private static String lettersAndDigits(String text) {
		return (text != null) ? text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "") : "";
	}

}
