package de.foerderfluss.proof;

import java.time.Instant;

import de.foerderfluss.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import de.foerderfluss.proof.events.ProofAudited;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** The reviewer's audit of a proof of use: how much of the spending is recognised. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Immutable
@Table(name = "proof_audit")
public class ProofAudit extends AbstractAggregateRoot<ProofAudit> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private boolean accepted;

	private Money recognisedAmount;

	private String note;

	@CreatedBy
	private String auditedBy;

	@CreatedDate
	private Instant auditedAt;

	protected ProofAudit() {
	}

	ProofAudit(Long applicationId, boolean accepted, Money recognisedAmount, String note, boolean hearingRequired) {
		this.applicationId = applicationId;
		this.accepted = accepted;
		this.recognisedAmount = recognisedAmount;
		this.note = note;
		registerEvent(new ProofAudited(applicationId, hearingRequired));
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public boolean isAccepted() {
		return this.accepted;
	}

	public Money getRecognisedAmount() {
		return this.recognisedAmount;
	}

	public String getNote() {
		return this.note;
	}

	public String getAuditedBy() {
		return this.auditedBy;
	}

	public Instant getAuditedAt() {
		return this.auditedAt;
	}

}
