package de.foerderfluss.review;

import java.time.Instant;

import de.foerderfluss.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import de.foerderfluss.review.events.ApplicationAssessed;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** The content assessment (fachliche Prüfung) with the assessor's recommendation. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Immutable
@Table(name = "assessment")
public class Assessment extends AbstractAggregateRoot<Assessment> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private Recommendation recommendation;

	private Money amount;

	private String justification;

	/**
	 * The ruling on a start before the approval without permission; null where none was
	 * needed.
	 */
	private Boolean earlyStartAccepted;

	private String earlyStartReason;

	@CreatedBy
	private String assessedBy;

	@CreatedDate
	private Instant assessedAt;

	protected Assessment() {
	}

	Assessment(Long applicationId, Recommendation recommendation, Money amount, String justification,
			EarlyStartRule.Ruling earlyStart) {
		this.applicationId = applicationId;
		if (earlyStart != null) {
			this.earlyStartAccepted = earlyStart.accepted();
			this.earlyStartReason = earlyStart.reason();
		}
		this.recommendation = recommendation;
		this.amount = amount;
		this.justification = justification;
		registerEvent(new ApplicationAssessed(applicationId, recommendation == Recommendation.APPROVE));
	}

	public boolean recommendsApproval() {
		return this.recommendation == Recommendation.APPROVE;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Recommendation getRecommendation() {
		return this.recommendation;
	}

	public Money getAmount() {
		return this.amount;
	}

	public Boolean getEarlyStartAccepted() {
		return this.earlyStartAccepted;
	}

	public String getEarlyStartReason() {
		return this.earlyStartReason;
	}

	public String getJustification() {
		return this.justification;
	}

	public String getAssessedBy() {
		return this.assessedBy;
	}

	public Instant getAssessedAt() {
		return this.assessedAt;
	}

}
