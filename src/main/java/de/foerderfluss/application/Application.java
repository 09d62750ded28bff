package de.foerderfluss.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import de.foerderfluss.application.events.ApplicationApproved;
import de.foerderfluss.application.events.ApplicationLapsed;
import de.foerderfluss.application.events.ApplicationRejected;
import de.foerderfluss.application.events.ApplicationSubmitted;
import de.foerderfluss.application.events.ApplicationWithdrawn;
import de.foerderfluss.application.events.AssessmentRecorded;
import de.foerderfluss.application.events.ApplicationClosed;
import de.foerderfluss.application.events.ClawbackDropped;
import de.foerderfluss.application.events.InterestSettled;
import de.foerderfluss.application.events.CompletenessConfirmed;
import de.foerderfluss.application.events.ContractAccepted;
import de.foerderfluss.application.events.GrantTookEffect;
import de.foerderfluss.application.events.SignedContractReceived;
import de.foerderfluss.application.events.SignedContractRefused;
import de.foerderfluss.application.events.DocumentsRequested;
import de.foerderfluss.application.events.DocumentsResubmitted;
import de.foerderfluss.application.events.HearingOpened;
import de.foerderfluss.application.events.EligibilityChecked;
import de.foerderfluss.application.events.ProofDue;
import de.foerderfluss.application.events.ProofOverdue;
import de.foerderfluss.application.events.ProofSubmitted;
import de.foerderfluss.application.events.ReminderSent;
import de.foerderfluss.application.events.RepaymentDemanded;
import de.foerderfluss.application.events.RepaymentSettled;
import de.foerderfluss.audit.StatusChange;
import de.foerderfluss.programme.BudgetAccount;
import de.foerderfluss.shared.Messages;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.StepNotAllowedException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A grant application and its lifecycle. Every change of status goes through a method
 * here that refuses a step the current status does not allow, and records the change for
 * the audit log. The money that follows the approval is kept by the modules that move it:
 * called and paid by {@code disbursement}, recognised and reclaimed by {@code proof}.
 * Other modules change an application only through {@link ApplicationLifecycle}.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "application")
public class Application extends AbstractAggregateRoot<Application> {

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

	/**
	 * The grant applied for: the total costs less own funds, third-party funds and
	 * income.
	 */
	private Money requestedAmount;

	private Money ownFunds;

	private Money thirdPartyFunds;

	private Money income;

	private Boolean eligible;

	private Money eligibleMaximum;

	private boolean flatRate;

	private String eligibilityNote;

	private Money recommendedAmount;

	private Money approvedAmount;

	private String rejectionReason;

	private boolean proofOverdue;

	private boolean alreadyStarted;

	private boolean earlyStartRequested;

	private String earlyStartReason;

	@CreatedDate
	private Instant submittedAt;

	@CreatedBy
	private String submittedBy;

	private Instant contractAcceptedAt;

	private Instant contractReceivedAt;

	private Instant contractConfirmedAt;

	private String contractConfirmedBy;

	private LocalDate effectiveOn;

	protected Application() {
	}

	Application(String fileNumber, Long fundingYearId, Long fundingModuleId, Long carrierId, Long municipalityId,
			String title, String summary, LocalDate startDate, LocalDate endDate, Integer rooms,
			List<CostItem> costItems, FinancingPlan.Sources financing, StartOfMeasure start) {
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
		this.ownFunds = financing.ownFunds();
		this.thirdPartyFunds = financing.thirdPartyFunds();
		this.income = financing.income();
		this.requestedAmount = financing.requestedGrant();
		this.alreadyStarted = start.alreadyStarted();
		this.earlyStartRequested = start.permissionRequested();
		this.earlyStartReason = start.reason();
		this.status = ApplicationStatus.SUBMITTED;
	}

	/** Records the submission once the application has its id. */
	void announceSubmission() {
		registerEvent(new ApplicationSubmitted(this.id, this.carrierId, this.fileNumber,
				new StatusChange(null, this.status.name())));
	}

	// completeness

	void confirmComplete() {
		require("step.completeness", ApplicationStatus.SUBMITTED);
		registerEvent(new CompletenessConfirmed(this.id, moveTo(ApplicationStatus.IN_REVIEW)));
	}

	void requestDocuments(String missing) {
		require("step.completeness", ApplicationStatus.SUBMITTED);
		registerEvent(new DocumentsRequested(this.id, moveTo(ApplicationStatus.INCOMPLETE), missing));
	}

	void resubmit(String note) {
		require("step.resubmission", ApplicationStatus.INCOMPLETE);
		registerEvent(new DocumentsResubmitted(this.id, moveTo(ApplicationStatus.SUBMITTED), note));
	}

	// eligibility, assessment, decision

	/**
	 * Stores the rule result; an application that is not eligible is rejected with its
	 * reason.
	 */
	void recordEligibility(boolean eligible, Money maximum, boolean flatRate, String note) {
		require("step.eligibility", ApplicationStatus.IN_REVIEW);
		this.eligible = eligible;
		this.eligibleMaximum = maximum;
		this.flatRate = flatRate;
		this.eligibilityNote = note;
		registerEvent(new EligibilityChecked(this.id, eligible, maximum, note));
		if (!eligible) {
			reject(note, ApplicationRejected.Cause.NOT_ELIGIBLE);
		}
	}

	/** The assessor's recommended amount; the application moves on to the decision. */
	void recordAssessment(Money recommended, String recommendation) {
		require("step.assessment", ApplicationStatus.IN_REVIEW);
		this.recommendedAmount = recommended;
		registerEvent(new AssessmentRecorded(this.id, moveTo(ApplicationStatus.IN_APPROVAL), recommendation));
	}

	/** The most that can be granted: what was asked for, capped by the rules. */
	public Money grantableMaximum() {
		return (this.eligibleMaximum != null) ? this.requestedAmount.min(this.eligibleMaximum) : this.requestedAmount;
	}

	public void requireOpenForDecision() {
		require("step.decision", ApplicationStatus.IN_APPROVAL);
	}

	void approve(Money amount) {
		requireOpenForDecision();
		if (amount.isGreaterThan(grantableMaximum())) {
			throw new IllegalStateException("Approved amount above the grantable maximum");
		}
		this.approvedAmount = amount;
		registerEvent(new ApplicationApproved(this.id, moveTo(ApplicationStatus.APPROVED), amount));
	}

	/**
	 * Rejects the application before any decision took effect, with the reason for the
	 * notice.
	 */
	void reject(String reason, ApplicationRejected.Cause cause) {
		require("step.rejection", ApplicationStatus.BEFORE_DECISION);
		this.rejectionReason = reason;
		registerEvent(new ApplicationRejected(this.id, moveTo(ApplicationStatus.REJECTED), cause, reason));
	}

	// forwarding: by contract or by notice

	/**
	 * The carrier's signed copy of the forwarding contract arrived: its acceptance has
	 * reached the authority; a case worker confirms the receipt.
	 */
	void receiveSignedContract(Instant now) {
		require("step.contract", ApplicationStatus.APPROVED);
		if (this.contractReceivedAt != null) {
			throw new StepNotAllowedException("error.contract.already-received");
		}
		this.contractReceivedAt = now;
		registerEvent(new SignedContractReceived(this.id));
	}

	/**
	 * The case worker confirms that the signed contract arrived signed as offered: the
	 * contract is concluded and the measure runs. Refused, the carrier uploads it again.
	 */
	void confirmSignedContract(boolean valid, String note, Instant now, String by) {
		require("step.contract-receipt", ApplicationStatus.APPROVED);
		if (this.contractReceivedAt == null) {
			throw new StepNotAllowedException("error.contract.not-received");
		}
		if (!valid) {
			this.contractReceivedAt = null;
			registerEvent(new SignedContractRefused(this.id, note));
			return;
		}
		this.contractAcceptedAt = this.contractReceivedAt;
		this.contractConfirmedAt = now;
		this.contractConfirmedBy = by;
		registerEvent(new ContractAccepted(this.id, moveTo(ApplicationStatus.ACTIVE), note));
	}

	/** The Weiterleitungsbescheid was delivered: the grant takes effect on that day. */
	void takeEffect(LocalDate deliveredOn) {
		require("step.take-effect", ApplicationStatus.APPROVED);
		this.effectiveOn = deliveredOn;
		registerEvent(new GrantTookEffect(this.id, moveTo(ApplicationStatus.ACTIVE), deliveredOn));
	}

	void lapse(ApplicationLapsed.Cause cause) {
		require("step.lapse", ApplicationStatus.INCOMPLETE, ApplicationStatus.APPROVED);
		registerEvent(new ApplicationLapsed(this.id, moveTo(ApplicationStatus.LAPSED), cause));
	}

	/** Withdraws before the first payout, which the caller has checked. */
	void withdraw(String reason, boolean anythingPaid) {
		require("step.withdrawal", ApplicationStatus.SUBMITTED, ApplicationStatus.INCOMPLETE,
				ApplicationStatus.IN_REVIEW, ApplicationStatus.IN_APPROVAL, ApplicationStatus.APPROVED,
				ApplicationStatus.ACTIVE, ApplicationStatus.PROOF_DUE);
		if (anythingPaid) {
			throw new StepNotAllowedException("error.withdrawal.after-payout");
		}
		registerEvent(new ApplicationWithdrawn(this.id, moveTo(ApplicationStatus.WITHDRAWN), reason));
	}

	// fund calls and payouts

	/** Fund calls and payouts are possible while the contract runs. */
	public void requireFunded(String step) {
		require(step, ApplicationStatus.FUNDED);
	}

	// proof of use, audit and repayment

	/** The measure has ended; the timers of due and overdue may fire in either order. */
	void markProofDue() {
		if (this.status == ApplicationStatus.PROOF_DUE) {
			return;
		}
		require("step.proof-due", ApplicationStatus.ACTIVE);
		registerEvent(new ProofDue(this.id, moveTo(ApplicationStatus.PROOF_DUE)));
	}

	void markProofOverdue() {
		markProofDue();
		if (!this.proofOverdue) {
			this.proofOverdue = true;
			registerEvent(new ProofOverdue(this.id));
		}
	}

	void submitProof(boolean openFundCalls) {
		require("step.proof", ApplicationStatus.FUNDED);
		if (openFundCalls) {
			throw new StepNotAllowedException("error.proof.open-fund-calls");
		}
		registerEvent(new ProofSubmitted(this.id, moveTo(ApplicationStatus.PROOF_IN_AUDIT)));
	}

	public void requireAuditOpen() {
		require("step.audit", ApplicationStatus.PROOF_IN_AUDIT);
	}

	/** The audit recognised everything that was paid: the case is closed. */
	void closeAfterAudit(String note) {
		requireAuditOpen();
		registerEvent(new ApplicationClosed(this.id, moveTo(ApplicationStatus.CLOSED), note));
	}

	/**
	 * The audit found a burden (a repayment, or the proof not accepted): the carrier is
	 * heard before anything is decided (§ 28 VwVfG NRW).
	 */
	void openHearing(String findings) {
		requireAuditOpen();
		registerEvent(new HearingOpened(this.id, moveTo(ApplicationStatus.HEARING), findings));
	}

	public void requireHearing() {
		require("step.hearing", ApplicationStatus.HEARING);
	}

	/** After the hearing the case worker reclaims money: the amount is due. */
	void reclaimAfterHearing(String reasons) {
		requireHearing();
		registerEvent(new RepaymentDemanded(this.id, moveTo(ApplicationStatus.REPAYMENT_DUE), reasons));
	}

	/** After the hearing nothing is reclaimed: the case is closed. */
	void closeAfterHearing(String reasons) {
		requireHearing();
		registerEvent(new ClawbackDropped(this.id, moveTo(ApplicationStatus.CLOSED), reasons));
	}

	public void requireRepaymentDue() {
		require("step.repayment", ApplicationStatus.REPAYMENT_DUE);
	}

	/**
	 * The last part of the reclaimed money came back: the interest on it is set next (§
	 * 49a Abs. 3 VwVfG NRW).
	 */
	void repaid(Money lastAmount) {
		requireRepaymentDue();
		registerEvent(new RepaymentSettled(this.id, moveTo(ApplicationStatus.INTEREST_DUE), lastAmount));
	}

	public void requireInterestDue() {
		require("step.interest", ApplicationStatus.INTEREST_DUE);
	}

	/** The interest was paid in full or waived: the case is closed. */
	void closeInterestSettled() {
		requireInterestDue();
		registerEvent(new InterestSettled(this.id, moveTo(ApplicationStatus.CLOSED)));
	}

	void recordReminder(ReminderSent.Kind kind) {
		registerEvent(new ReminderSent(this.id, kind));
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

	private StatusChange moveTo(ApplicationStatus target) {
		StatusChange change = new StatusChange(this.status.name(), target.name());
		this.status = target;
		return change;
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

	/** The grant applied for (beantragte Zuwendung). */
	public Money getRequestedAmount() {
		return this.requestedAmount;
	}

	/** The total of the cost plan (Gesamtkosten). */
	public Money totalCosts() {
		return Money.sum(this.costItems.stream().map(CostItem::getAmount));
	}

	/** How the total costs are covered, as the carrier declared it. */
	public FinancingPlan financingPlan() {
		return new FinancingPlan(totalCosts(), this.ownFunds, this.thirdPartyFunds, this.income, this.requestedAmount);
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

	public String getRejectionReason() {
		return this.rejectionReason;
	}

	/**
	 * A request for permission to start early is answered while the application is not
	 * yet decided.
	 */
	public void requireEarlyStartOpen() {
		if (!this.earlyStartRequested) {
			throw new StepNotAllowedException("error.early-start.not-requested");
		}
		require("step.early-start", ApplicationStatus.SUBMITTED, ApplicationStatus.INCOMPLETE,
				ApplicationStatus.IN_REVIEW, ApplicationStatus.IN_APPROVAL);
	}

	/** The carrier declared the measure begun when applying. */
	public boolean isAlreadyStarted() {
		return this.alreadyStarted;
	}

	public boolean isEarlyStartRequested() {
		return this.earlyStartRequested;
	}

	public String getEarlyStartReason() {
		return this.earlyStartReason;
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

	/** When the carrier's signed contract arrived, while it waits for confirmation. */
	public Instant getContractReceivedAt() {
		return this.contractReceivedAt;
	}

	public Instant getContractConfirmedAt() {
		return this.contractConfirmedAt;
	}

	public String getContractConfirmedBy() {
		return this.contractConfirmedBy;
	}

	/** The day a Weiterleitungsbescheid was delivered and the grant took effect. */
	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

}
