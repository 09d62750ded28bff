package de.foerderfluss.review;

import java.time.Instant;

import de.foerderfluss.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import de.foerderfluss.review.events.ApplicationAssessed;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.AbstractAggregateRoot;

/** The content assessment (fachliche Prüfung) with the assessor's recommendation. */
@Entity
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

	private String assessedBy;

	private Instant assessedAt;

	protected Assessment() {
	}

	Assessment(Long applicationId, Recommendation recommendation, Money amount, String justification, String assessedBy,
			Instant assessedAt) {
		this.applicationId = applicationId;
		this.recommendation = recommendation;
		this.amount = amount;
		this.justification = justification;
		this.assessedBy = assessedBy;
		this.assessedAt = assessedAt;
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
