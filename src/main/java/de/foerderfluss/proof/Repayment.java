package de.foerderfluss.proof;

import java.time.Instant;

import de.foerderfluss.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Money the carrier paid back, as confirmed by finance. */
@Entity
@Immutable
@Table(name = "repayment")
public class Repayment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private Money amount;

	private String confirmedBy;

	private Instant confirmedAt;

	protected Repayment() {
	}

	Repayment(Long applicationId, Money amount, String confirmedBy, Instant confirmedAt) {
		this.applicationId = applicationId;
		this.amount = amount;
		this.confirmedBy = confirmedBy;
		this.confirmedAt = confirmedAt;
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
