package de.foerderfluss.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@ExtendWith(OutputCaptureExtension.class)
class InitialAdministratorTest {

	private final UserAccounts accounts = mock(UserAccounts.class);

	private final UserDirectory directory = mock(UserDirectory.class);

	@Test
	void withoutAnyAdministratorAndWithoutPasswordTheLogSaysWhatToSet(CapturedOutput output) {
		new InitialAdministrator(this.accounts, this.directory, new SecurityProperties(null, null, null))
			.createIfNeeded();

		verify(this.directory, never()).create(any());
		assertThat(output).contains("nobody can sign in", "FOERDERFLUSS_SECURITY_INITIAL_ADMIN_PASSWORD");
	}

	@Test
	void withThePasswordTheAdministratorIsCreatedSilently(CapturedOutput output) {
		new InitialAdministrator(this.accounts, this.directory,
				new SecurityProperties("ein-langes-passwort", null, null))
			.createIfNeeded();

		verify(this.directory).create(any());
		assertThat(output).doesNotContain("nobody can sign in");
	}

	@Test
	void aWeakPasswordCreatesNobodyAndTheLogSaysWhy(CapturedOutput output) {
		for (String weak : new String[] { "1234567890", "admin-12345678", "Passwort123!" }) {
			new InitialAdministrator(this.accounts, this.directory, new SecurityProperties(weak, null, null))
				.createIfNeeded();
		}

		verify(this.directory, never()).create(any());
		assertThat(output).contains("FOERDERFLUSS_SECURITY_INITIAL_ADMIN_PASSWORD is refused",
				"admin.error.password.too-short", "admin.error.password.user-name", "admin.error.password.weak",
				"at least 12 characters");
	}

}
