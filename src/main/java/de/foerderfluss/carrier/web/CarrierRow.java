package de.foerderfluss.carrier.web;

import de.foerderfluss.carrier.BankAccount;
import de.foerderfluss.carrier.BankAccountChange;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.LegalForm;

/**
 * A carrier as the list shows it.
 *
 * @param id the carrier's id
 * @param name its name
 * @param legalForm its legal form
 * @param town postal code and town
 * @param iban the IBAN in groups of four
 * @param accountHolder who holds the account
 * @param contactName the contact person
 * @param contactEmail the contact address
 * @param contactPhone the phone number, if given
 * @param users how many accounts sign in for the carrier
 * @param lastAccountChange the latest change of the bank account, if any
 */
public record CarrierRow(Long id, String name, LegalForm legalForm, String town, String iban, String accountHolder,
		String contactName, String contactEmail, String contactPhone, long users, BankAccountChange lastAccountChange) {

	static CarrierRow of(Carrier carrier, long users, BankAccountChange lastAccountChange) {
		return new CarrierRow(carrier.getId(), carrier.getName(), carrier.getLegalForm(),
				carrier.getPostalCode() + " " + carrier.getCity(), printedIban(carrier.getBankAccount().getIban()),
				carrier.getBankAccount().getAccountHolder(), carrier.getContactName(), carrier.getContactEmail(),
				carrier.getContactPhone(), users, lastAccountChange);
	}

	static String printedIban(String iban) {
		return BankAccount.printed(iban);
	}

}
