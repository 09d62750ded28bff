package de.foerderfluss.security;

import de.foerderfluss.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy(10);

	@Test
	void refusesShortAndBlankPasswords() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.policy.check("neun-zeic"))
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.arguments()).containsExactly(10));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.policy.check("          "));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.policy.check(null));
		assertThatCode(() -> this.policy.check("zehn-zeich")).doesNotThrowAnyException();
	}

	@Test
	void refusesWhatBcryptCannotRead() {
		assertThatCode(() -> this.policy.check("x".repeat(72))).doesNotThrowAnyException();
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.policy.check("ä".repeat(37)))
			.withMessage("admin.error.password.too-long");
	}

}
