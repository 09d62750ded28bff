package de.foerderfluss.carrier;

import de.foerderfluss.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CarrierTest {

	private static final BankAccount ACCOUNT = new BankAccount("DE62414500750001234567", "Verein");

	@Test
	void aPostalCodeHasFiveDigits() {
		refused(details("5949", "kontakt@example.org"), "postalCode", "admin.error.carrier.postal-code");
		refused(details("59494a", "kontakt@example.org"), "postalCode", "admin.error.carrier.postal-code");
		assertThat(new Carrier(details(" 59494 ", "kontakt@example.org"), ACCOUNT).getPostalCode()).isEqualTo("59494");
	}

	@Test
	void theContactAddressMustLookLikeOne() {
		refused(details("59494", "kontakt.example.org"), "contactEmail", "admin.error.email-invalid");
		assertThat(new Carrier(details("59494", " "), ACCOUNT).getContactEmail()).isNull();
	}

	@Test
	void nameLegalFormStreetAndTownAreRequired() {
		refused(new CarrierDetails(" ", LegalForm.FOUNDATION, "Markt 1", "59494", "Soest", null, null, null), "name",
				"admin.error.carrier.name-required");
		refused(new CarrierDetails("Stiftung", null, "Markt 1", "59494", "Soest", null, null, null), "legalForm",
				"admin.error.carrier.legal-form-required");
		refused(new CarrierDetails("Stiftung", LegalForm.FOUNDATION, "", "59494", "Soest", null, null, null), "street",
				"admin.error.carrier.street-required");
		refused(new CarrierDetails("Stiftung", LegalForm.FOUNDATION, "Markt 1", "59494", null, null, null, null),
				"city", "admin.error.carrier.city-required");
	}

	@Test
	void aNewAccountIsReportedAsAChangeAndReplacesTheOldOne() {
		Carrier carrier = new Carrier(details("59494", null), ACCOUNT);

		assertThat(carrier.changeBankAccount(new BankAccount("DE62 4145 0075 0001 2345 67", "Verein"))).isFalse();
		assertThat(carrier.changeBankAccount(new BankAccount("DE31414500750002345678", "Verein"))).isTrue();
		assertThat(carrier.getBankAccount().getIban()).isEqualTo("DE31414500750002345678");
	}

	private static CarrierDetails details(String postalCode, String email) {
		return new CarrierDetails("Verein", LegalForm.REGISTERED_ASSOCIATION, "Markt 1", postalCode, "Soest", "Clara",
				email, null);
	}

	private static void refused(CarrierDetails details, String field, String messageCode) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new Carrier(details, ACCOUNT))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageCode()).isEqualTo(messageCode);
			});
	}

}
