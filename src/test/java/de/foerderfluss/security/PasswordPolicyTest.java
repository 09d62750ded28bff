package de.foerderfluss.security;

import java.util.Set;

import de.foerderfluss.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasswordPolicyTest {

	private static final Set<Role> REVIEWER = Set.of(Role.REVIEWER);

	private static final Set<Role> ADMIN = Set.of(Role.ADMIN);

	private final PasswordPolicy policy = new PasswordPolicy(new SecurityProperties.Passwords(null, null, null));

	@Test
	void refusesShortAndBlankPasswords() {
		refused(() -> this.policy.check("neun-zeic", REVIEWER), "admin.error.password.too-short")
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly(10));
		refused(() -> this.policy.check("          ", REVIEWER), "admin.error.password.too-short");
		refused(() -> this.policy.check(null, REVIEWER), "admin.error.password.too-short");
		assertThatCode(() -> this.policy.check("zehn-zeich", REVIEWER)).doesNotThrowAnyException();
	}

	@Test
	void administratorsNeedTwelveCharacters() {
		refused(() -> this.policy.check("Mond-Gabel7", ADMIN), "admin.error.password.too-short")
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly(12));
		refused(() -> this.policy.check("Mond-Gabel7", Set.of(Role.REVIEWER, Role.ADMIN)),
				"admin.error.password.too-short");
		assertThatCode(() -> this.policy.check("Mond-Gabel7", REVIEWER)).doesNotThrowAnyException();
		assertThatCode(() -> this.policy.check("Mond-Gabel-7x", ADMIN)).doesNotThrowAnyException();
	}

	@Test
	void refusesWhatBcryptCannotRead() {
		assertThatCode(
				() -> this.policy.check("Lärche-Kiesel-Trompete-Nebelhorn-Wachtel-Spindel-Ofenrohr-Krümel", REVIEWER))
			.doesNotThrowAnyException();
		refused(() -> this.policy.check("ä".repeat(37), REVIEWER), "admin.error.password.too-long")
			.withMessage("admin.error.password.too-long");
	}

	@Test
	void refusesCommonAndTrivialPasswords() {
		for (String trivial : new String[] { "1234567890", "passwort123", "Passwort123!", "qwertzuiop", "0987654321",
				"aaaaaaaaaaaa", "abcdefghijkl", "Sommer2026!", "Hallo12345", "Kennwort1234", "Foerderfluss2026",
				"geheim-123", "1q2w3e4r5t6z", "01.01.2000x" }) {
			refused(() -> this.policy.check(trivial, REVIEWER), "admin.error.password.weak");
		}
		refused(() -> this.policy.check("1234567890ab", ADMIN), "admin.error.password.weak");
	}

	@Test
	void refusesPasswordsDerivedFromTheUserName() {
		refused(() -> this.policy.check("anna.muster1", REVIEWER, "anna.muster", "Anna Muster"),
				"admin.error.password.user-name");
		refused(() -> this.policy.check("Anna-Muster-2026", REVIEWER, "annamuster", "Anna Muster"),
				"admin.error.password.user-name");
		refused(() -> this.policy.check("retsum.anna!!", REVIEWER, "anna.muster", "Anna Muster"),
				"admin.error.password.user-name");
		refused(() -> this.policy.check("Administrator1", ADMIN, "administrator", "Ada Admin"),
				"admin.error.password.user-name");
		// The person's name and address count as easy guesses too.
		refused(() -> this.policy.check("Anna.Muster!!", REVIEWER, "paula", "Anna Muster", "anna.muster@example.org"),
				"admin.error.password.weak");
	}

	@Test
	void acceptsPasswordsMadeOfUnusualWords() {
		for (String strong : new String[] { "Kranich-Laterne-47", "Strand Mantel Regen", "ein-langes-passwort",
				"Zebrafink auf Zinkdach" }) {
			assertThatCode(() -> this.policy.check(strong, ADMIN, "anna.muster", "Anna Muster")).as(strong)
				.doesNotThrowAnyException();
		}
	}

	@Test
	void theLeastStrengthIsASetting() {
		PasswordPolicy lenient = new PasswordPolicy(new SecurityProperties.Passwords(10, 12, 0));
		assertThatCode(() -> lenient.check("1234567890", REVIEWER)).doesNotThrowAnyException();
	}

	private static org.assertj.core.api.ThrowableAssertAlternative<InvalidInputException> refused(Runnable check,
			String messageCode) {
		return assertThatExceptionOfType(InvalidInputException.class).as(messageCode)
			.isThrownBy(check::run)
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("password");
				assertThat(ex.messageCode()).isEqualTo(messageCode);
			});
	}

}
