package de.foerderfluss.review;

import java.time.Instant;

import de.foerderfluss.review.events.EarlyStartDecided;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A case worker's answer to a request to start the measure before the approval
 * (vorzeitiger Maßnahmebeginn, VV Nr. 1.3 zu § 44 LHO NRW), given once and by letter. A
 * permission grants no claim to the grant.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Immutable
@Table(name = "early_start_decision")
public class EarlyStartDecision extends AbstractAggregateRoot<EarlyStartDecision> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private boolean permitted;

	private String reason;

	@CreatedBy
	private String decidedBy;

	@CreatedDate
	private Instant decidedAt;

	protected EarlyStartDecision() {
	}

	EarlyStartDecision(Long applicationId, boolean permitted, String reason) {
		this.applicationId = applicationId;
		this.permitted = permitted;
		this.reason = reason;
		registerEvent(new EarlyStartDecided(applicationId, permitted, reason));
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public boolean isPermitted() {
		return this.permitted;
	}

	public String getReason() {
		return this.reason;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
