package de.foerderfluss.programme;

import java.time.Instant;

import de.foerderfluss.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** One immutable booking on a budget line. Corrections are new entries, never updates. */
@Entity
@EntityListeners(AuditingEntityListener.class)
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

	@CreatedDate
	private Instant bookedAt;

	@CreatedBy
	private String bookedBy;

	/** What caused the booking, e.g. the payout or repayment id. */
	private String reference;

	protected LedgerEntry() {
	}

	LedgerEntry(BudgetAccount account, LedgerEntryType type, Money amount, String reference) {
		this.fundingModuleId = account.fundingModuleId();
		this.applicationId = account.applicationId();
		this.municipalityId = account.municipalityId();
		this.type = type;
		this.amount = amount;
		this.reference = reference;
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
