package de.foerderfluss.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import de.foerderfluss.programme.BudgetAccount;
import de.foerderfluss.shared.AggregateRoot;
import de.foerderfluss.shared.AuditRecord;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Messages;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.StepNotAllowedException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A grant application and the money trail that follows it. Every change of status goes
 * through a method here that refuses a step the current status does not allow, and
 * records the change for the audit log. The sums called and paid are guarded here too, so
 * that no more than the approved amount is ever called or paid.
 */
@Entity
@Table(name = "application")
public class Application extends AggregateRoot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String fileNumber;

	private Long fundingYearId;

	private Long fundingModuleId;

	private Long carrierId;

	private Long municipalityId;

	private String title;

	private String summary;

	private LocalDate startDate;

	private LocalDate endDate;

	private Integer rooms;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "application_id", nullable = false)
	@OrderColumn(name = "position")
	private List<CostItem> costItems = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	private Money requestedAmount;

	private Boolean eligible;

	private Money eligibleMaximum;

	private boolean flatRate;

	private String eligibilityNote;

	private Money recommendedAmount;

	private Money approvedAmount;

	private Money calledAmount = Money.ZERO;

	private Money paidAmount = Money.ZERO;

	private Money recognisedAmount;

	private Money repaymentAmount;

	private Money repaidAmount = Money.ZERO;

	private String rejectionReason;

	private boolean proofOverdue;

	private Instant submittedAt;

	private String submittedBy;

	private Instant contractAcceptedAt;

	protected Application() {
	}

	Application(String fileNumber, Long fundingYearId, Long fundingModuleId, Long carrierId, Long municipalityId,
			String title, String summary, LocalDate startDate, LocalDate endDate, Integer rooms,
			List<CostItem> costItems, Instant submittedAt, String submittedBy) {
		if (costItems.isEmpty()) {
			throw new IllegalArgumentException("An application needs a cost plan");
		}
		this.fileNumber = fileNumber;
		this.fundingYearId = fundingYearId;
		this.fundingModuleId = fundingModuleId;
		this.carrierId = carrierId;
		this.municipalityId = municipalityId;
		this.title = title;
		this.summary = summary;
		this.startDate = startDate;
		this.endDate = endDate;
		this.rooms = rooms;
		this.costItems.addAll(costItems);
		this.requestedAmount = Money.sum(costItems.stream().map(CostItem::getAmount));
		this.status = ApplicationStatus.SUBMITTED;
		this.submittedAt = submittedAt;
		this.submittedBy = submittedBy;
	}

	/** Records the submission once the application has its id. */
	void announceSubmission() {
		registerEvent(new AuditRecord(this.id, "SUBMITTED", null, this.status.name(), this.fileNumber));
		registerEvent(new ApplicationSubmitted(this.id, this.carrierId));
	}

	// completeness

	public void confirmComplete() {
		require("step.completeness", ApplicationStatus.SUBMITTED);
		transition(ApplicationStatus.IN_REVIEW, "COMPLETENESS_CONFIRMED", null);
	}

	public void requestDocuments(String missing) {
		require("step.completeness", ApplicationStatus.SUBMITTED);
		transition(ApplicationStatus.INCOMPLETE, "DOCUMENTS_REQUESTED", missing);
	}

	void resubmit(String note) {
		require("step.resubmission", ApplicationStatus.INCOMPLETE);
		transition(ApplicationStatus.SUBMITTED, "DOCUMENTS_RESUBMITTED", note);
		registerEvent(new DocumentsResubmitted(this.id));
	}

	// eligibility, assessment, decision

	/**
	 * Stores the rule result; an application that is not eligible is rejected with its
	 * reason.
	 */
	public void recordEligibility(boolean eligible, Money maximum, boolean flatRate, String note) {
		require("step.eligibility", ApplicationStatus.IN_REVIEW);
		this.eligible = eligible;
		this.eligibleMaximum = maximum;
		this.flatRate = flatRate;
		this.eligibilityNote = note;
		registerEvent(AuditRecord.of(this.id, "ELIGIBILITY_CHECKED",
				eligible ? "förderfähig, Höchstbetrag " + maximum.amount().toPlainString() : note));
		if (!eligible) {
			reject(note, "REJECTED_NOT_ELIGIBLE");
		}
	}

	/** The assessor's recommended amount; the application moves on to the decision. */
	public void recordAssessment(Money recommended, String summary) {
		require("step.assessment", ApplicationStatus.IN_REVIEW);
		this.recommendedAmount = recommended;
		transition(ApplicationStatus.IN_APPROVAL, "ASSESSED", summary);
	}

	/** The most that can be granted: what was asked for, capped by the rules. */
	public Money grantableMaximum() {
		return (this.eligibleMaximum != null) ? this.requestedAmount.min(this.eligibleMaximum) : this.requestedAmount;
	}

	public void requireOpenForDecision() {
		require("step.decision", ApplicationStatus.IN_APPROVAL);
	}

	public void approve(Money amount) {
		requireOpenForDecision();
		if (amount.isGreaterThan(grantableMaximum())) {
			throw new IllegalStateException("Approved amount above the grantable maximum");
		}
		this.approvedAmount = amount;
		transition(ApplicationStatus.APPROVED, "APPROVED", amount.amount().toPlainString());
	}

	/**
	 * Rejects the application before any decision took effect, with the reason for the
	 * notice.
	 */
	public void reject(String reason, String action) {
		require("step.rejection", ApplicationStatus.BEFORE_DECISION);
		this.rejectionReason = reason;
		transition(ApplicationStatus.REJECTED, action, reason);
	}

	// contract

	void acceptContract(Instant now) {
		require("step.contract", ApplicationStatus.APPROVED);
		this.contractAcceptedAt = now;
		transition(ApplicationStatus.ACTIVE, "CONTRACT_ACCEPTED", null);
		registerEvent(new ContractAccepted(this.id));
	}

	void lapse(String action) {
		require("step.lapse", ApplicationStatus.INCOMPLETE, ApplicationStatus.APPROVED);
		transition(ApplicationStatus.LAPSED, action, null);
	}

	void withdraw(String reason) {
		require("step.withdrawal", ApplicationStatus.SUBMITTED, ApplicationStatus.INCOMPLETE,
				ApplicationStatus.IN_REVIEW, ApplicationStatus.IN_APPROVAL, ApplicationStatus.APPROVED,
				ApplicationStatus.ACTIVE, ApplicationStatus.PROOF_DUE);
		if (this.paidAmount.isPositive()) {
			throw new StepNotAllowedException("error.withdrawal.after-payout");
		}
		transition(ApplicationStatus.WITHDRAWN, "WITHDRAWN", reason);
		registerEvent(new ApplicationWithdrawn(this.id));
	}

	// fund calls and payouts

	/** Reserves room for a fund call within the approved amount. */
	public void registerFundCall(Money amount) {
		require("step.fund-call", ApplicationStatus.FUNDED);
		Money remaining = remainingAmount();
		if (amount.isGreaterThan(remaining)) {
			throw new InvalidInputException("amount", "error.fund-call.exceeds-remaining", remaining.amount());
		}
		this.calledAmount = this.calledAmount.plus(amount);
	}

	/** What may still be called: the approved amount less all fund calls that count. */
	public Money remainingAmount() {
		return (this.approvedAmount != null) ? this.approvedAmount.minus(this.calledAmount) : null;
	}

	/** A fund call that was refused or cancelled no longer counts. */
	public void dropFundCall(Money amount) {
		this.calledAmount = this.calledAmount.minus(amount);
	}

	public void recordPayout(Money amount) {
		require("step.payout", ApplicationStatus.FUNDED);
		Money paid = this.paidAmount.plus(amount);
		if (paid.isGreaterThan(this.approvedAmount) || paid.isGreaterThan(this.calledAmount)) {
			throw new IllegalStateException("Payouts of " + this.fileNumber + " would exceed what was approved");
		}
		this.paidAmount = paid;
	}

	// proof of use, audit and repayment

	/** The measure has ended; the timers of due and overdue may fire in either order. */
	void markProofDue() {
		if (this.status == ApplicationStatus.PROOF_DUE) {
			return;
		}
		require("step.proof-due", ApplicationStatus.ACTIVE);
		transition(ApplicationStatus.PROOF_DUE, "PROOF_DUE", null);
	}

	void markProofOverdue() {
		markProofDue();
		if (!this.proofOverdue) {
			this.proofOverdue = true;
			registerEvent(AuditRecord.of(this.id, "PROOF_OVERDUE", null));
		}
	}

	public void submitProof() {
		require("step.proof", ApplicationStatus.FUNDED);
		if (!this.calledAmount.equals(this.paidAmount)) {
			throw new StepNotAllowedException("error.proof.open-fund-calls");
		}
		transition(ApplicationStatus.PROOF_IN_AUDIT, "PROOF_SUBMITTED", null);
	}

	public void requireAuditOpen() {
		require("step.audit", ApplicationStatus.PROOF_IN_AUDIT);
	}

	/**
	 * Closes the case, or asks for the difference back when less is recognised than was
	 * paid.
	 */
	public void recordAudit(Money recognised, String note) {
		requireAuditOpen();
		this.recognisedAmount = recognised;
		Money clawback = this.paidAmount.minus(recognised);
		if (clawback.isPositive()) {
			this.repaymentAmount = clawback;
			transition(ApplicationStatus.REPAYMENT_DUE, "CLAWBACK", note);
		}
		else {
			transition(ApplicationStatus.CLOSED, "CLOSED", note);
		}
	}

	public Money outstandingRepayment() {
		return (this.repaymentAmount != null) ? this.repaymentAmount.minus(this.repaidAmount) : Money.ZERO;
	}

	public void recordRepayment(Money amount) {
		require("step.repayment", ApplicationStatus.REPAYMENT_DUE);
		Money outstanding = outstandingRepayment();
		if (amount.isGreaterThan(outstanding)) {
			throw new InvalidInputException("amount", "error.repayment.exceeds-outstanding", outstanding.amount());
		}
		this.repaidAmount = this.repaidAmount.plus(amount);
		if (outstandingRepayment().isZero()) {
			transition(ApplicationStatus.CLOSED, "REPAID", amount.amount().toPlainString());
		}
		else {
			registerEvent(AuditRecord.of(this.id, "PARTLY_REPAID", amount.amount().toPlainString()));
		}
	}

	void recordReminder(String kind) {
		registerEvent(AuditRecord.of(this.id, "REMINDER_SENT", kind));
	}

	public BudgetAccount budgetAccount() {
		return new BudgetAccount(this.fundingModuleId, this.id, this.municipalityId);
	}

	private void require(String step, ApplicationStatus... allowed) {
		require(step, Set.copyOf(Arrays.asList(allowed)));
	}

	private void require(String step, Set<ApplicationStatus> allowed) {
		if (!allowed.contains(this.status)) {
			throw new StepNotAllowedException("error.step-not-allowed", Messages.code(step),
					Messages.code("status." + this.status.name()));
		}
	}

	private void transition(ApplicationStatus target, String action, String detail) {
		ApplicationStatus before = this.status;
		this.status = target;
		registerEvent(new AuditRecord(this.id, action, before.name(), target.name(), detail));
	}

	public Long getId() {
		return this.id;
	}

	public String getFileNumber() {
		return this.fileNumber;
	}

	public Long getFundingYearId() {
		return this.fundingYearId;
	}

	public Long getFundingModuleId() {
		return this.fundingModuleId;
	}

	public Long getCarrierId() {
		return this.carrierId;
	}

	public Long getMunicipalityId() {
		return this.municipalityId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public Integer getRooms() {
		return this.rooms;
	}

	public List<CostItem> getCostItems() {
		return List.copyOf(this.costItems);
	}

	public ApplicationStatus getStatus() {
		return this.status;
	}

	public Money getRequestedAmount() {
		return this.requestedAmount;
	}

	public Boolean getEligible() {
		return this.eligible;
	}

	public Money getEligibleMaximum() {
		return this.eligibleMaximum;
	}

	public boolean isFlatRate() {
		return this.flatRate;
	}

	public String getEligibilityNote() {
		return this.eligibilityNote;
	}

	public Money getRecommendedAmount() {
		return this.recommendedAmount;
	}

	public Money getApprovedAmount() {
		return this.approvedAmount;
	}

	public Money getCalledAmount() {
		return this.calledAmount;
	}

	public Money getPaidAmount() {
		return this.paidAmount;
	}

	public Money getRecognisedAmount() {
		return this.recognisedAmount;
	}

	public Money getRepaymentAmount() {
		return this.repaymentAmount;
	}

	public Money getRepaidAmount() {
		return this.repaidAmount;
	}

	public String getRejectionReason() {
		return this.rejectionReason;
	}

	public boolean isProofOverdue() {
		return this.proofOverdue;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getContractAcceptedAt() {
		return this.contractAcceptedAt;
	}

}
