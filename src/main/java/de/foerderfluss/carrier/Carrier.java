package de.foerderfluss.carrier;

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
		this.name = name;
		this.legalForm = legalForm;
		this.street = street;
		this.postalCode = postalCode;
		this.city = city;
		this.bankAccount = bankAccount;
		this.contactName = contactName;
		this.contactEmail = contactEmail;
		this.contactPhone = contactPhone;
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

}
