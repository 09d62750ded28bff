package de.foerderfluss.proof;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.foerderfluss.proof.events.HearingAnswered;
import de.foerderfluss.proof.events.HearingDecided;
import de.foerderfluss.proof.events.HearingLapsed;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.StepNotAllowedException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * The hearing (Anhörung, § 28 VwVfG NRW) before a burdening decision after the audit: the
 * letter names the intended decision, the facts, the amount and the deadline; the carrier
 * may answer (also late, as long as nothing is decided); the case worker decides once the
 * carrier answered or the deadline passed, upholding, reducing or dropping the intended
 * decision, with reasons.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "hearing")
public class Hearing extends AbstractAggregateRoot<Hearing> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private HearingIntent intent;

	private Money paidAmount;

	private Money recognisedAmount;

	private Money proposedAmount;

	private String findings;

	private LocalDate deadline;

	@CreatedBy
	private String openedBy;

	@CreatedDate
	private Instant openedAt;

	private String answer;

	private String answeredBy;

	private Instant answeredAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "hearing_answer_document", joinColumns = @JoinColumn(name = "hearing_id"))
	@OrderColumn(name = "position")
	@Column(name = "document_id")
	private List<Long> answerDocumentIds = new ArrayList<>();

	private Instant lapsedAt;

	@Enumerated(EnumType.STRING)
	private HearingOutcome outcome;

	private Money decidedAmount;

	private String reasons;

	private String decidedBy;

	private Instant decidedAt;

	protected Hearing() {
	}

	Hearing(Long applicationId, Money paid, Money recognised, String findings, LocalDate deadline) {
		this.applicationId = applicationId;
		this.paidAmount = paid;
		this.recognisedAmount = recognised;
		Money proposed = paid.minus(recognised);
		this.proposedAmount = proposed.isPositive() ? proposed : Money.ZERO;
		this.intent = proposed.isPositive() ? HearingIntent.CLAWBACK : HearingIntent.PROOF_REJECTION;
		this.findings = findings;
		this.deadline = deadline;
	}

	/**
	 * The carrier's answer: once, and only while nothing is decided; an answer after the
	 * deadline is taken as long as the case worker has not decided.
	 */
	void answer(String text, List<Long> documentIds, String by, Instant at) {
		requireUndecided();
		if (this.answeredAt != null) {
			throw new StepNotAllowedException("error.hearing.answered");
		}
		this.answer = text;
		this.answerDocumentIds.addAll(documentIds);
		this.answeredBy = by;
		this.answeredAt = at;
		registerEvent(new HearingAnswered(this.applicationId, text, documentIds.size()));
	}

	/** The deadline passed without an answer; an answer given before stays. */
	void lapse(Instant at) {
		if (this.lapsedAt != null || this.outcome != null) {
			return;
		}
		this.lapsedAt = at;
		if (this.answeredAt == null) {
			registerEvent(new HearingLapsed(this.applicationId));
		}
	}

	/**
	 * Whether the case worker may decide: the carrier answered or the deadline passed.
	 */
	public boolean isReadyForDecision() {
		return this.outcome == null && (this.answeredAt != null || this.lapsedAt != null);
	}

	/**
	 * The decision after the hearing: reclaim the amount (at most what was announced;
	 * more would need a new hearing) or nothing. Answers the amount reclaimed.
	 */
	Money decide(boolean uphold, Money amount, String reasons, String by, Instant at) {
		requireUndecided();
		if (!isReadyForDecision()) {
			throw new StepNotAllowedException("error.hearing.still-open");
		}
		Money reclaimed = Money.ZERO;
		if (uphold && this.intent == HearingIntent.CLAWBACK) {
			if (amount == null || !amount.isPositive()) {
				throw new InvalidInputException("amount", "error.hearing.amount-required");
			}
			if (amount.isGreaterThan(this.proposedAmount)) {
				throw new InvalidInputException("amount", "error.hearing.amount-above-announced",
						this.proposedAmount.amount());
			}
			reclaimed = amount;
		}
		this.outcome = !uphold ? HearingOutcome.DROPPED
				: reclaimed.isLessThan(this.proposedAmount) ? HearingOutcome.REDUCED : HearingOutcome.UPHELD;
		this.decidedAmount = reclaimed;
		this.reasons = reasons;
		this.decidedBy = by;
		this.decidedAt = at;
		registerEvent(new HearingDecided(this.applicationId, reclaimed.isPositive()));
		return reclaimed;
	}

	private void requireUndecided() {
		if (this.outcome != null) {
			throw new StepNotAllowedException("error.hearing.decided");
		}
	}

	/**
	 * What counts as recognised after the decision: what was paid less what is reclaimed.
	 */
	public Money finalRecognisedAmount() {
		if (this.outcome == null) {
			return this.recognisedAmount;
		}
		if (this.intent == HearingIntent.PROOF_REJECTION) {
			return this.outcome == HearingOutcome.DROPPED ? this.paidAmount.max(this.recognisedAmount)
					: this.recognisedAmount;
		}
		return this.paidAmount.minus(this.decidedAmount);
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public HearingIntent getIntent() {
		return this.intent;
	}

	public Money getPaidAmount() {
		return this.paidAmount;
	}

	public Money getRecognisedAmount() {
		return this.recognisedAmount;
	}

	public Money getProposedAmount() {
		return this.proposedAmount;
	}

	public String getFindings() {
		return this.findings;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public String getOpenedBy() {
		return this.openedBy;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public String getAnswer() {
		return this.answer;
	}

	public String getAnsweredBy() {
		return this.answeredBy;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

	public List<Long> getAnswerDocumentIds() {
		return List.copyOf(this.answerDocumentIds);
	}

	public Instant getLapsedAt() {
		return this.lapsedAt;
	}

	public boolean isAnswered() {
		return this.answeredAt != null;
	}

	public HearingOutcome getOutcome() {
		return this.outcome;
	}

	public Money getDecidedAmount() {
		return this.decidedAmount;
	}

	public String getReasons() {
		return this.reasons;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
