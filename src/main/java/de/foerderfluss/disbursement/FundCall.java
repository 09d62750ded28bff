package de.foerderfluss.disbursement;

import java.time.Instant;
import java.time.LocalDate;

import de.foerderfluss.disbursement.events.FundCallCancelled;
import de.foerderfluss.disbursement.events.FundCallSubmitted;
import de.foerderfluss.disbursement.events.FundCallVerified;
import de.foerderfluss.shared.FourEyesViolationException;
import de.foerderfluss.shared.Messages;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.StepNotAllowedException;
import de.foerderfluss.shared.Verdict;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A carrier's call for (part of) the approved amount. It is verified by one person and
 * released by another, and released at most once.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "fund_call")
public class FundCall extends AbstractAggregateRoot<FundCall> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long applicationId;

	private Money amount;

	private LocalDate neededOn;

	private String note;

	@Enumerated(EnumType.STRING)
	private FundCallStatus status;

	@CreatedBy
	private String submittedBy;

	@CreatedDate
	private Instant submittedAt;

	private String verifiedBy;

	private Instant verifiedAt;

	private String verificationNote;

	private String releasedBy;

	private Instant releasedAt;

	protected FundCall() {
	}

	FundCall(Long applicationId, Money amount, LocalDate neededOn, String note) {
		this.applicationId = applicationId;
		this.amount = amount;
		this.neededOn = neededOn;
		this.note = note;
		this.status = FundCallStatus.SUBMITTED;
	}

	void announceSubmission() {
		registerEvent(new FundCallSubmitted(this.id, this.applicationId, this.amount, this.neededOn));
	}

	void verify(boolean correct, String verificationNote, String verifier, Instant now) {
		require("step.verification", FundCallStatus.SUBMITTED);
		this.status = correct ? FundCallStatus.VERIFIED : FundCallStatus.NOT_CORRECT;
		this.verifiedBy = verifier;
		this.verifiedAt = now;
		this.verificationNote = verificationNote;
		registerEvent(new FundCallVerified(this.id, this.applicationId, this.amount, correct));
	}

	/**
	 * The release order; refused a second time and refused to the person who verified.
	 */
	void release(String releaser, Instant now) {
		if (this.status == FundCallStatus.RELEASED) {
			throw new StepNotAllowedException("error.fund-call.already-released", this.id);
		}
		require("step.release", FundCallStatus.VERIFIED);
		releaseVerdict(releaser).enforce(FourEyesViolationException::of);
		this.status = FundCallStatus.RELEASED;
		this.releasedBy = releaser;
		this.releasedAt = now;
	}

	/**
	 * Whether the person may give the release order: not the one who confirmed the fund
	 * call as factually correct (four eyes).
	 */
	public Verdict releaseVerdict(String releaser) {
		return releaser.equals(this.verifiedBy) ? Verdict.refused("four-eyes.verifier-releases") : Verdict.allowed();
	}

	void cancel() {
		this.status = FundCallStatus.CANCELLED;
		registerEvent(new FundCallCancelled(this.id, this.applicationId, this.amount));
	}

	public boolean isOpen() {
		return this.status == FundCallStatus.SUBMITTED || this.status == FundCallStatus.VERIFIED;
	}

	private void require(String step, FundCallStatus expected) {
		if (this.status != expected) {
			throw new StepNotAllowedException("error.fund-call.step-not-allowed", Messages.code(step),
					Messages.code("fund-call-status." + this.status.name()));
		}
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

	public LocalDate getNeededOn() {
		return this.neededOn;
	}

	public String getNote() {
		return this.note;
	}

	public FundCallStatus getStatus() {
		return this.status;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getVerifiedBy() {
		return this.verifiedBy;
	}

	public Instant getVerifiedAt() {
		return this.verifiedAt;
	}

	public String getVerificationNote() {
		return this.verificationNote;
	}

	public String getReleasedBy() {
		return this.releasedBy;
	}

	public Instant getReleasedAt() {
		return this.releasedAt;
	}

}
