package de.foerderfluss.carrier;

/** What describes a carrier apart from its bank account. */
public record CarrierDetails(String name, LegalForm legalForm, String street, String postalCode, String city,
		String contactName, String contactEmail, String contactPhone) {
}
