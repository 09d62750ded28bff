package de.foerderfluss.programme;

import java.math.BigDecimal;
import java.time.Instant;

import de.foerderfluss.integrity.ChainHash;
import de.foerderfluss.integrity.ChainLink;
import de.foerderfluss.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One immutable booking on a budget line. Corrections are new entries, never updates.
 * Each entry is chained to the one before it on its budget line by a hash over its fields
 * (see {@link #chainForm}); who and when are set here rather than by JPA auditing, since
 * they are part of the hash before the entry is stored.
 */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long fundingModuleId;

	private Long applicationId;

	private Long municipalityId;

	@Enumerated(EnumType.STRING)
	@Column(name = "entry_type")
	private LedgerEntryType type;

	private Money amount;

	private Instant bookedAt;

	private String bookedBy;

	/** What caused the booking, e.g. the payout or repayment id. */
	private String reference;

	private long chainPosition;

	private String previousHash;

	private String entryHash;

	protected LedgerEntry() {
	}

	LedgerEntry(BudgetAccount account, LedgerEntryType type, Money amount, String reference, Instant bookedAt,
			String bookedBy, ChainLink link) {
		this.fundingModuleId = account.fundingModuleId();
		this.applicationId = account.applicationId();
		this.municipalityId = account.municipalityId();
		this.type = type;
		this.amount = amount;
		this.reference = reference;
		this.bookedAt = ChainHash.stored(bookedAt);
		this.bookedBy = bookedBy;
		this.chainPosition = link.position();
		this.previousHash = link.previousHash();
		this.entryHash = chainForm(this.fundingModuleId, this.applicationId, this.municipalityId, type.name(),
				amount.amount(), this.bookedAt, bookedBy, reference)
			.hash(link);
	}

	/**
	 * The canonical form of a booking's fields, version 1; migration V14 hashes the
	 * bookings written before with it.
	 */
	public static ChainHash chainForm(Long fundingModuleId, Long applicationId, Long municipalityId, String type,
			BigDecimal amount, Instant bookedAt, String bookedBy, String reference) {
		return ChainHash.of("ledger_entry/1")
			.field("fundingModule", fundingModuleId)
			.field("application", applicationId)
			.field("municipality", municipalityId)
			.field("type", type)
			.field("amount", amount)
			.field("bookedAt", bookedAt)
			.field("bookedBy", bookedBy)
			.field("reference", reference);
	}

	String getEntryHash() {
		return this.entryHash;
	}

	public Long getId() {
		return this.id;
	}

	public Long getFundingModuleId() {
		return this.fundingModuleId;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Long getMunicipalityId() {
		return this.municipalityId;
	}

	public LedgerEntryType getType() {
		return this.type;
	}

	public Money getAmount() {
		return this.amount;
	}

	public Instant getBookedAt() {
		return this.bookedAt;
	}

	public String getBookedBy() {
		return this.bookedBy;
	}

	public String getReference() {
		return this.reference;
	}

}
