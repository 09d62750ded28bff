package de.foerderfluss.carrier;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Who entered which bank account for a carrier, and when: an account entered on the
 * pages, or a change of it, which decides where future payouts go.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Immutable
@Table(name = "bank_account_change")
public class BankAccountChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long carrierId;

	/** Null when the account was first entered. */
	private String previousIban;

	private String previousAccountHolder;

	private String iban;

	private String accountHolder;

	@CreatedDate
	private Instant changedAt;

	@CreatedBy
	private String changedBy;

	protected BankAccountChange() {
	}

	BankAccountChange(Long carrierId, BankAccount previous, BankAccount account) {
		this.carrierId = carrierId;
		this.previousIban = (previous != null) ? previous.getIban() : null;
		this.previousAccountHolder = (previous != null) ? previous.getAccountHolder() : null;
		this.iban = account.getIban();
		this.accountHolder = account.getAccountHolder();
	}

	public boolean isFirstEntry() {
		return this.previousIban == null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCarrierId() {
		return this.carrierId;
	}

	public String getPreviousIban() {
		return this.previousIban;
	}

	public String getPreviousAccountHolder() {
		return this.previousAccountHolder;
	}

	public String getIban() {
		return this.iban;
	}

	public String getAccountHolder() {
		return this.accountHolder;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

}
