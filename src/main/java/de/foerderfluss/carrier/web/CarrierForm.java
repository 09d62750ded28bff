package de.foerderfluss.carrier.web;

import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.CarrierDetails;
import de.foerderfluss.carrier.LegalForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A carrier as typed into the form. Postal code, IBAN and e-mail address are checked by
 * the carrier and its bank account.
 */
record CarrierForm(@NotBlank @Size(max = 200) String name, @NotNull LegalForm legalForm,
		@NotBlank @Size(max = 200) String street, @NotBlank String postalCode, @NotBlank @Size(max = 100) String city,
		@NotBlank @Size(max = 50) String iban, @NotBlank @Size(max = 200) String accountHolder,
		@NotBlank @Size(max = 200) String contactName, @NotBlank @Size(max = 200) String contactEmail,
		@Size(max = 50) String contactPhone) {

	static CarrierForm blank() {
		return new CarrierForm(null, null, null, null, null, null, null, null, null, null);
	}

	static CarrierForm of(Carrier carrier) {
		return new CarrierForm(carrier.getName(), carrier.getLegalForm(), carrier.getStreet(), carrier.getPostalCode(),
				carrier.getCity(), CarrierRow.printedIban(carrier.getBankAccount().getIban()),
				carrier.getBankAccount().getAccountHolder(), carrier.getContactName(), carrier.getContactEmail(),
				carrier.getContactPhone());
	}

	CarrierDetails details() {
		return new CarrierDetails(this.name, this.legalForm, this.street, this.postalCode, this.city, this.contactName,
				this.contactEmail, this.contactPhone);
	}

}
