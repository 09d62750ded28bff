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
		assertThat(new BankAccount("FR76 3000 6000 0112 3456 7890 189", "x").getIban())
			.isEqualTo("FR7630006000011234567890189");
	}

	@Test
	void refusesAWrongCheckDigit() {
		refused("DE63414500750001234567", "admin.error.iban.check-digit");
	}

	@Test
	void refusesAWrongLengthNamingBothLengths() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new BankAccount("DE6241450075000123456", "x"))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("iban");
				assertThat(ex.messageCode()).isEqualTo("admin.error.iban.length");
				assertThat(ex.arguments()).containsExactly("DE", 22, 21);
			});
	}

	@Test
	void namesWhatElseIsWrong() {
		refused("XX00123", "admin.error.iban.country-unknown");
		refused("1262414500750001234567", "admin.error.iban.country-format");
		refused("DEAB414500750001234567", "admin.error.iban.check-digit-format");
		refused("DE62-4145-0075-0001-2345-67", "admin.error.iban.characters");
		refused("DE624145007500012345A7", "admin.error.iban.bban-characters");
		refused("", "admin.error.iban.empty");
		refused(null, "admin.error.iban.empty");
	}

	@Test
	void needsAnAccountHolder() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new BankAccount("DE62414500750001234567", " "))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("accountHolder"));
	}

	@Test
	void anotherIbanOrHolderIsAnotherAccount() {
		BankAccount account = new BankAccount("DE62414500750001234567", "Verein");
		assertThat(account.differsFrom(new BankAccount("DE62 4145 0075 0001 2345 67", "Verein"))).isFalse();
		assertThat(account.differsFrom(new BankAccount("DE31414500750002345678", "Verein"))).isTrue();
		assertThat(account.differsFrom(new BankAccount("DE62414500750001234567", "Verein e.V."))).isTrue();
	}

	private static void refused(String iban, String messageCode) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new BankAccount(iban, "x"))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("iban");
				assertThat(ex.messageCode()).as(iban).isEqualTo(messageCode);
			});
	}

}
