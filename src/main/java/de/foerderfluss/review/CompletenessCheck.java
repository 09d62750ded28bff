package de.foerderfluss.review;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import de.foerderfluss.review.events.CompletenessChecked;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** The outcome of one formal check (Formalprüfung). */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Immutable
@Table(name = "completeness_check")
public class CompletenessCheck extends AbstractAggregateRoot<CompletenessCheck> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private boolean complete;

	private String missing;

	@CreatedBy
	private String checkedBy;

	@CreatedDate
	private Instant checkedAt;

	protected CompletenessCheck() {
	}

	CompletenessCheck(Long applicationId, boolean complete, String missing) {
		this.applicationId = applicationId;
		this.complete = complete;
		this.missing = missing;
		registerEvent(new CompletenessChecked(applicationId, complete));
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public boolean isComplete() {
		return this.complete;
	}

	public String getMissing() {
		return this.missing;
	}

	public String getCheckedBy() {
		return this.checkedBy;
	}

	public Instant getCheckedAt() {
		return this.checkedAt;
	}

}
