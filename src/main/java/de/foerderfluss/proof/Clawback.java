package de.foerderfluss.proof;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import de.foerderfluss.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A clawback (Rückforderung) set by notice: the amount paid but not recognised, due by a
 * date, bearing interest from then on at the rate in force when it was issued (§ 49a
 * VwVfG NRW).
 */
@Entity
@Immutable
@Table(name = "clawback")
public class Clawback {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private Money paidAmount;

	private Money recognisedAmount;

	private Money amount;

	private LocalDate dueDate;

	/**
	 * Annual interest in percent: base rate plus the Land's margin at the time of issue.
	 */
	private BigDecimal interestRate;

	private Instant issuedAt;

	protected Clawback() {
	}

	Clawback(Long applicationId, Money paidAmount, Money recognisedAmount, LocalDate dueDate, BigDecimal interestRate,
			Instant issuedAt) {
		this.applicationId = applicationId;
		this.paidAmount = paidAmount;
		this.recognisedAmount = recognisedAmount;
		this.amount = paidAmount.minus(recognisedAmount);
		this.dueDate = dueDate;
		this.interestRate = interestRate;
		this.issuedAt = issuedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Money getPaidAmount() {
		return this.paidAmount;
	}

	public Money getRecognisedAmount() {
		return this.recognisedAmount;
	}

	public Money getAmount() {
		return this.amount;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public BigDecimal getInterestRate() {
		return this.interestRate;
	}

	public Instant getIssuedAt() {
		return this.issuedAt;
	}

}
