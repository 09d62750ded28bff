package de.foerderfluss.carrier;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import de.foerderfluss.shared.InvalidInputException;
import jakarta.persistence.Embeddable;
import org.iban4j.Iban;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * The account payouts go to; the IBAN is checked (country, length, check digits) on
 * entry, and a refusal says which of these is wrong.
 */
@Embeddable
public class BankAccount {

	private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[A-Z0-9]*");

	private String iban;

	private String accountHolder;

	protected BankAccount() {
	}

	public BankAccount(String iban, String accountHolder) {
		if (accountHolder == null || accountHolder.isBlank()) {
			throw new InvalidInputException("accountHolder", "admin.error.carrier.holder-required");
		}
		this.iban = normalise(iban);
		this.accountHolder = accountHolder.strip();
	}

	/** The IBAN without blanks, upper case; refuses an invalid one as a field error. */
	public static String normalise(String iban) {
		String compact = (iban != null) ? iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT) : "";
		if (!LETTERS_AND_DIGITS.matcher(compact).matches()) {
			throw refusal("admin.error.iban.characters");
		}
		try {
			IbanUtil.validate(compact);
			return compact;
		}
		catch (InvalidCheckDigitException ex) {
			throw refusal("admin.error.iban.check-digit");
		}
		catch (UnsupportedCountryException ex) {
			throw refusal("admin.error.iban.country-unsupported", compact.substring(0, 2));
		}
		catch (IbanFormatException ex) {
			throw formatRefusal(ex, compact, iban);
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

	/** Whether payouts to the other account would go elsewhere or to someone else. */
	boolean differsFrom(BankAccount other) {
		return !Objects.equals(this.iban, other.iban) || !Objects.equals(this.accountHolder, other.accountHolder);
	}

	private static InvalidInputException formatRefusal(IbanFormatException ex, String compact, String typed) {
		return switch (ex.getFormatViolation()) {
			case IBAN_NOT_NULL, IBAN_NOT_EMPTY -> refusal("admin.error.iban.empty");
			case COUNTRY_CODE_NOT_NULL, COUNTRY_CODE_TWO_LETTERS, COUNTRY_CODE_UPPER_CASE_LETTERS ->
				refusal("admin.error.iban.country-format");
			case COUNTRY_CODE_EXISTS -> refusal("admin.error.iban.country-unknown", compact.substring(0, 2));
			case CHECK_DIGIT_ONLY_DIGITS, CHECK_DIGIT_TWO_DIGITS -> refusal("admin.error.iban.check-digit-format");
			// iban4j counts the part after country and check digits (the BBAN).
			case BBAN_LENGTH -> refusal("admin.error.iban.length", compact.substring(0, 2),
					((Number) ex.getExpected()).intValue() + 4, compact.length());
			case BBAN_ONLY_DIGITS, BBAN_ONLY_UPPER_CASE_LETTERS, BBAN_ONLY_DIGITS_OR_LETTERS, BBAN_INVALID_ENTRY_TYPE ->
				refusal("admin.error.iban.bban-characters", compact.substring(0, 2));
			default -> refusal("error.iban.invalid", typed);
		};
	}

	private static InvalidInputException refusal(String messageCode, Object... arguments) {
		return new InvalidInputException("iban", messageCode, arguments);
	}

}
