package de.foerderfluss.review;

import java.time.Instant;

import de.foerderfluss.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import de.foerderfluss.review.events.ApplicationDecided;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * An approver's decision, or the co-signature of a second approver where the amount needs
 * one.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Immutable
@Table(name = "decision")
public class Decision extends AbstractAggregateRoot<Decision> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private boolean approved;

	private Money amount;

	private String reason;

	private boolean coSignature;

	@CreatedBy
	private String decidedBy;

	@CreatedDate
	private Instant decidedAt;

	protected Decision() {
	}

	Decision(Long applicationId, boolean approved, Money amount, String reason, boolean coSignature) {
		this.applicationId = applicationId;
		this.approved = approved;
		this.amount = amount;
		this.reason = reason;
		this.coSignature = coSignature;
		registerEvent(new ApplicationDecided(applicationId, approved, coSignature));
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public boolean isApproved() {
		return this.approved;
	}

	public Money getAmount() {
		return this.amount;
	}

	public String getReason() {
		return this.reason;
	}

	public boolean isCoSignature() {
		return this.coSignature;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
