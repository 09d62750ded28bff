package de.foerderfluss.proof;

import java.time.Instant;
import java.time.LocalDate;

import de.foerderfluss.shared.Money;
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

/** Money the carrier paid back, as confirmed by finance. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Immutable
@Table(name = "repayment")
public class Repayment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private Money amount;

	/** The day the money reached the authority's account. */
	private LocalDate receivedOn;

	@CreatedBy
	private String confirmedBy;

	@CreatedDate
	private Instant confirmedAt;

	protected Repayment() {
	}

	Repayment(Long applicationId, Money amount, LocalDate receivedOn) {
		this.applicationId = applicationId;
		this.amount = amount;
		this.receivedOn = receivedOn;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Money getAmount() {
		return this.amount;
	}

	public String getConfirmedBy() {
		return this.confirmedBy;
	}

	public Instant getConfirmedAt() {
		return this.confirmedAt;
	}

}
