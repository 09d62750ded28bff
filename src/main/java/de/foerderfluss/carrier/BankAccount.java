package de.foerderfluss.carrier;

import de.foerderfluss.shared.InvalidInputException;
import jakarta.persistence.Embeddable;
import org.iban4j.Iban;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * The account payouts go to; the IBAN is checked (country, length, check digits) on
 * entry.
 */
@Embeddable
public class BankAccount {

	private String iban;

	private String accountHolder;

	protected BankAccount() {
	}

	public BankAccount(String iban, String accountHolder) {
		this.iban = normalise(iban);
		this.accountHolder = accountHolder;
	}

	/** The IBAN without blanks, upper case; refuses an invalid one as a field error. */
	public static String normalise(String iban) {
		String compact = (iban != null) ? iban.replaceAll("\\s", "").toUpperCase() : "";
		try {
			IbanUtil.validate(compact);
			return compact;
		}
		catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException ex) {
			throw new InvalidInputException("iban", "error.iban.invalid", iban);
		}
	}

	/** Printed in groups of four, e.g. {@code DE89 3704 0044 0532 0130 00}. */
	public static String printed(String iban) {
		return Iban.valueOf(iban).toFormattedString();
	}

	public String getIban() {
		return this.iban;
	}

	public String getAccountHolder() {
		return this.accountHolder;
	}

}
