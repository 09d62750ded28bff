package de.foerderfluss.carrier;

import de.foerderfluss.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BankAccountTest {

	@Test
	void acceptsAValidIbanWrittenInGroups() {
		BankAccount account = new BankAccount("de62 4145 0075 0001 2345 67", "Willkommenskreis Lippstadt e.V.");
		assertThat(account.getIban()).isEqualTo("DE62414500750001234567");
		assertThat(BankAccount.printed(account.getIban())).isEqualTo("DE62 4145 0075 0001 2345 67");
	}

	@Test
	void refusesAWrongCheckDigit() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new BankAccount("DE63414500750001234567", "x"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("iban"));
	}

	@Test
	void refusesAWrongLengthAndAnUnknownCountry() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new BankAccount("DE6241450075000123456", "x"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new BankAccount("XX00123", "x"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new BankAccount(null, "x"));
	}

}
