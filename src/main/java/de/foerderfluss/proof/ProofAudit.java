package de.foerderfluss.proof;

import java.time.Instant;

import de.foerderfluss.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import de.foerderfluss.proof.events.ProofAudited;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.AbstractAggregateRoot;

/** The reviewer's audit of a proof of use: how much of the spending is recognised. */
@Entity
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

	private String auditedBy;

	private Instant auditedAt;

	protected ProofAudit() {
	}

	ProofAudit(Long applicationId, boolean accepted, Money recognisedAmount, String note, boolean repaymentRequired,
			String auditedBy, Instant auditedAt) {
		this.applicationId = applicationId;
		this.accepted = accepted;
		this.recognisedAmount = recognisedAmount;
		this.note = note;
		this.auditedBy = auditedBy;
		this.auditedAt = auditedAt;
		registerEvent(new ProofAudited(applicationId, repaymentRequired));
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
