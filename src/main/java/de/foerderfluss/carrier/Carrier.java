package de.foerderfluss.carrier;

import java.util.regex.Pattern;

import de.foerderfluss.shared.EmailAddresses;
import de.foerderfluss.shared.InvalidInputException;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation (Träger) that runs measures and receives forwarded money. */
@Entity
@Table(name = "carrier")
public class Carrier {

	private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private LegalForm legalForm;

	private String street;

	private String postalCode;

	private String city;

	@Embedded
	private BankAccount bankAccount;

	private String contactName;

	private String contactEmail;

	private String contactPhone;

	protected Carrier() {
	}

	public Carrier(String name, LegalForm legalForm, String street, String postalCode, String city,
			BankAccount bankAccount, String contactName, String contactEmail, String contactPhone) {
		this(new CarrierDetails(name, legalForm, street, postalCode, city, contactName, contactEmail, contactPhone),
				bankAccount);
	}

	public Carrier(CarrierDetails details, BankAccount bankAccount) {
		describe(details);
		this.bankAccount = bankAccount;
	}

	/**
	 * Name, legal form, address and contact. A German postal code has five digits; the
	 * contact address receives the notifications of the carrier's cases.
	 */
	void describe(CarrierDetails details) {
		if (details.name() == null || details.name().isBlank()) {
			throw new InvalidInputException("name", "admin.error.carrier.name-required");
		}
		if (details.legalForm() == null) {
			throw new InvalidInputException("legalForm", "admin.error.carrier.legal-form-required");
		}
		if (details.street() == null || details.street().isBlank()) {
			throw new InvalidInputException("street", "admin.error.carrier.street-required");
		}
		if (details.city() == null || details.city().isBlank()) {
			throw new InvalidInputException("city", "admin.error.carrier.city-required");
		}
		String postalCode = (details.postalCode() != null) ? details.postalCode().strip() : "";
		if (!POSTAL_CODE.matcher(postalCode).matches()) {
			throw new InvalidInputException("postalCode", "admin.error.carrier.postal-code", postalCode);
		}
		String email = EmailAddresses.optional("contactEmail", details.contactEmail());
		this.name = details.name().strip();
		this.legalForm = details.legalForm();
		this.street = details.street().strip();
		this.postalCode = postalCode;
		this.city = details.city().strip();
		this.contactName = blankToNull(details.contactName());
		this.contactEmail = email;
		this.contactPhone = blankToNull(details.contactPhone());
	}

	/**
	 * Sets the account future payouts go to; payouts already released keep the account
	 * they were paid to. Answers whether the account is a different one.
	 */
	boolean changeBankAccount(BankAccount account) {
		boolean changed = this.bankAccount.differsFrom(account);
		this.bankAccount = account;
		return changed;
	}

	public CarrierDetails details() {
		return new CarrierDetails(this.name, this.legalForm, this.street, this.postalCode, this.city, this.contactName,
				this.contactEmail, this.contactPhone);
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public LegalForm getLegalForm() {
		return this.legalForm;
	}

	public String getStreet() {
		return this.street;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public String getCity() {
		return this.city;
	}

	public BankAccount getBankAccount() {
		return this.bankAccount;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	private static String blankToNull(String text) {
		return (text != null && !text.isBlank()) ? text.strip() : null;
	}

}
