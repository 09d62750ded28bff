package de.foerderfluss.workflow;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * Every path of {@code bpmn/application-lifecycle.bpmn}, timers driven by the engine
 * clock.
 */
@Deployment(resources = "bpmn/application-lifecycle.bpmn")
class ApplicationLifecycleProcessTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.configurationResource("process-tests.camunda.cfg.xml")
		.build();

	private ProcessEngine engine;

	private ProcessTestSupport support;

	private ProcessInstance instance;

	@BeforeEach
	void setUp() {
		this.engine = extension.getProcessEngine();
		init(this.engine);
		this.support = new ProcessTestSupport(this.engine);
	}

	/** Deployment happens after setUp, so each test starts its case itself. */
	private void start() {
		this.instance = this.engine.getRuntimeService()
			.startProcessInstanceByKey(LifecycleModel.LIFECYCLE_PROCESS, "42",
					Map.of(ProcessVariables.APPLICATION_ID, 42L, ProcessVariables.CARRIER_ID, 7L));
	}

	@AfterEach
	void reset() {
		ProcessTestSupport.reset();
	}

	@Test
	void fromSubmissionToClosedWithoutRepayment() {
		start();
		assertThat(this.instance).isWaitingAt(LifecycleModel.CHECK_COMPLETENESS);
		assertThat(task(LifecycleModel.CHECK_COMPLETENESS)).hasCandidateGroup("REVIEWER");
		approveUntilActive();
		assertThat(task(LifecycleModel.SUBMIT_PROOF_OF_USE)).hasCandidateGroup("carrier-7");
		complete(LifecycleModel.SUBMIT_PROOF_OF_USE, Map.of());
		complete(LifecycleModel.AUDIT_PROOF_OF_USE, Map.of(ProcessVariables.HEARING_REQUIRED, false));

		assertThat(this.instance).isEnded().hasPassed("End_Closed");
		assertThat(this.support.steps).containsExactly("checkEligibility", "reserveBudget",
				"determineApprovalAuthority", "approveApplication", "determineForwardingForm",
				"issueNotice:FORWARDING_CONTRACT");
		assertThat(this.instance).hasPassed(LifecycleModel.ACCEPT_CONTRACT, LifecycleModel.CONFIRM_CONTRACT_RECEIPT)
			.hasNotPassed("Task_IssueApprovalNotice", "Task_TakeEffect");
	}

	@Test
	void noticesAndRemindersAreIssuedInJobsOfTheirOwnAfterTheStepThatOrdersThem() {
		start();
		approveUntil(LifecycleModel.DECIDE_APPLICATION);
		completeOnly(LifecycleModel.DECIDE_APPLICATION, Map.of(ProcessVariables.APPROVED, true));

		// The approval is committed; the contract waits for the job executor.
		assertThat(this.instance).isWaitingAt("Task_IssueForwardingContract");
		assertThat(this.support.steps).endsWith("approveApplication", "determineForwardingForm");
		assertThat(task(LifecycleModel.ACCEPT_CONTRACT)).isNull();
		assertThat(this.support.runPendingSteps()).containsExactly("Task_IssueForwardingContract");
		assertThat(this.support.steps).endsWith("issueNotice:FORWARDING_CONTRACT");
		assertThat(this.instance).isWaitingAt(LifecycleModel.ACCEPT_CONTRACT);

		// The lapse warning fires on time and is sent in a job of its own.
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(23))));
		Job warning = this.engine.getManagementService().createJobQuery().timers().executable().singleResult();
		this.engine.getManagementService().executeJob(warning.getId());
		assertThat(this.support.steps).doesNotContain("sendReminder:CONTRACT_LAPSE_WARNING");
		assertThat(this.support.runPendingSteps()).containsExactly("Task_WarnOfContractLapse");
		assertThat(this.support.steps).endsWith("sendReminder:CONTRACT_LAPSE_WARNING");
	}

	@Test
	void incompleteApplicationGoesBackToTheCheckAfterResubmission() {
		start();
		complete(LifecycleModel.CHECK_COMPLETENESS, Map.of(ProcessVariables.COMPLETE, false));
		assertThat(this.instance).isWaitingAt(LifecycleModel.SUBMIT_MISSING_DOCUMENTS);
		assertThat(task(LifecycleModel.SUBMIT_MISSING_DOCUMENTS)).hasCandidateGroup("carrier-7");

		complete(LifecycleModel.SUBMIT_MISSING_DOCUMENTS, Map.of());
		assertThat(this.instance).isWaitingAt(LifecycleModel.CHECK_COMPLETENESS);
		complete(LifecycleModel.CHECK_COMPLETENESS, Map.of(ProcessVariables.COMPLETE, true));
		assertThat(this.instance).isWaitingAt(LifecycleModel.ASSESS_APPLICATION);
	}

	@Test
	void remindsTheCarrierAfterFourteenDaysAndKeepsWaiting() {
		start();
		complete(LifecycleModel.CHECK_COMPLETENESS, Map.of(ProcessVariables.COMPLETE, false));

		assertThat(this.support.passTime(Duration.ofDays(14).minusMinutes(1))).isEmpty();
		assertThat(this.support.passTime(Duration.ofMinutes(2))).containsExactly("Timer_DocumentsReminder");
		assertThat(this.support.steps).containsExactly("sendReminder:DOCUMENTS");
		assertThat(this.instance).isWaitingAt(LifecycleModel.SUBMIT_MISSING_DOCUMENTS);

		complete(LifecycleModel.SUBMIT_MISSING_DOCUMENTS, Map.of());
		assertThat(this.instance).isWaitingAt(LifecycleModel.CHECK_COMPLETENESS);
	}

	@Test
	void lapsesAfterTwentyEightDaysWithoutDocuments() {
		start();
		complete(LifecycleModel.CHECK_COMPLETENESS, Map.of(ProcessVariables.COMPLETE, false));

		assertThat(this.support.passTime(Duration.ofDays(28).plusMinutes(1))).containsExactly("Timer_DocumentsReminder",
				"Timer_DocumentsLapse");
		assertThat(this.instance).isEnded().hasPassed("End_LapsedIncomplete");
		assertThat(this.support.steps).containsExactly("sendReminder:DOCUMENTS", "lapseForMissingDocuments");
	}

	@Test
	void anIneligibleApplicationIsRejectedWithANotice() {
		start();
		this.support.eligibility(false);
		complete(LifecycleModel.CHECK_COMPLETENESS, Map.of(ProcessVariables.COMPLETE, true));

		assertThat(this.instance).isEnded().hasPassed("End_Rejected").hasNotPassed(LifecycleModel.ASSESS_APPLICATION);
		assertThat(this.support.steps).containsExactly("checkEligibility", "issueNotice:REJECTION_NOTICE");
	}

	@Test
	void aBudgetThatCannotCoverTheAmountEndsInRejection() {
		start();
		this.support.on("reserveBudget", (execution) -> {
			throw new BpmnError(LifecycleModel.BUDGET_EXHAUSTED_ERROR);
		});
		complete(LifecycleModel.CHECK_COMPLETENESS, Map.of(ProcessVariables.COMPLETE, true));
		complete(LifecycleModel.ASSESS_APPLICATION, Map.of(ProcessVariables.APPROVAL_RECOMMENDED, true));

		assertThat(this.instance).isEnded().hasPassed("Boundary_BudgetExhausted", "End_Rejected");
		assertThat(this.support.steps).containsExactly("checkEligibility", "reserveBudget", "rejectForLackOfBudget",
				"issueNotice:REJECTION_NOTICE");
	}

	@Test
	void aRecommendedRejectionGoesToTheDecisionWithoutReservation() {
		start();
		complete(LifecycleModel.CHECK_COMPLETENESS, Map.of(ProcessVariables.COMPLETE, true));
		complete(LifecycleModel.ASSESS_APPLICATION, Map.of(ProcessVariables.APPROVAL_RECOMMENDED, false));

		assertThat(this.instance).isWaitingAt(LifecycleModel.DECIDE_APPLICATION);
		assertThat(task(LifecycleModel.DECIDE_APPLICATION)).hasCandidateGroup("APPROVER");
		assertThat(this.support.steps).containsExactly("checkEligibility");
	}

	@Test
	void aRejectingDecisionReleasesTheReservationAndSendsANotice() {
		start();
		complete(LifecycleModel.CHECK_COMPLETENESS, Map.of(ProcessVariables.COMPLETE, true));
		complete(LifecycleModel.ASSESS_APPLICATION, Map.of(ProcessVariables.APPROVAL_RECOMMENDED, true));
		complete(LifecycleModel.DECIDE_APPLICATION, Map.of(ProcessVariables.APPROVED, false));

		assertThat(this.instance).isEnded().hasPassed("End_Rejected");
		assertThat(this.support.steps).containsExactly("checkEligibility", "reserveBudget", "rejectApplication",
				"issueNotice:REJECTION_NOTICE");
	}

	@Test
	void anAmountAboveTheThresholdNeedsACoSignature() {
		start();
		this.support.coSignature(true);
		complete(LifecycleModel.CHECK_COMPLETENESS, Map.of(ProcessVariables.COMPLETE, true));
		complete(LifecycleModel.ASSESS_APPLICATION, Map.of(ProcessVariables.APPROVAL_RECOMMENDED, true));
		complete(LifecycleModel.DECIDE_APPLICATION, Map.of(ProcessVariables.APPROVED, true));

		assertThat(this.instance).isWaitingAt(LifecycleModel.CO_SIGN_DECISION);
		assertThat(task(LifecycleModel.CO_SIGN_DECISION)).hasCandidateGroup("APPROVER");
		complete(LifecycleModel.CO_SIGN_DECISION, Map.of(ProcessVariables.CO_SIGNED, true));
		assertThat(this.instance).isWaitingAt(LifecycleModel.ACCEPT_CONTRACT);
		assertThat(this.support.steps).contains("approveApplication", "issueNotice:FORWARDING_CONTRACT");
	}

	@Test
	void aRefusedCoSignatureRejects() {
		start();
		this.support.coSignature(true);
		complete(LifecycleModel.CHECK_COMPLETENESS, Map.of(ProcessVariables.COMPLETE, true));
		complete(LifecycleModel.ASSESS_APPLICATION, Map.of(ProcessVariables.APPROVAL_RECOMMENDED, true));
		complete(LifecycleModel.DECIDE_APPLICATION, Map.of(ProcessVariables.APPROVED, true));
		complete(LifecycleModel.CO_SIGN_DECISION, Map.of(ProcessVariables.CO_SIGNED, false));

		assertThat(this.instance).isEnded().hasPassed("End_Rejected").hasNotPassed("Task_ApproveApplication");
		assertThat(this.support.steps).endsWith("rejectApplication", "issueNotice:REJECTION_NOTICE");
	}

	@Test
	void warnsBeforeTheContractOfferLapses() {
		start();
		approveUntil(LifecycleModel.ACCEPT_CONTRACT);

		assertThat(this.support.passTime(Duration.ofDays(23).plusMinutes(1)))
			.containsExactly("Timer_ContractLapseWarning");
		assertThat(this.support.steps).endsWith("sendReminder:CONTRACT_LAPSE_WARNING");
		assertThat(task(LifecycleModel.ACCEPT_CONTRACT)).hasCandidateGroup("carrier-7");
		complete(LifecycleModel.ACCEPT_CONTRACT, Map.of());
		// The signed contract arrived: the lapse stops, a case worker confirms the
		// receipt.
		assertThat(this.instance).isWaitingAt(LifecycleModel.CONFIRM_CONTRACT_RECEIPT);
		assertThat(task(LifecycleModel.CONFIRM_CONTRACT_RECEIPT)).hasCandidateGroup("REVIEWER");
		assertThat(this.support.passTime(Duration.ofDays(10))).isEmpty();
		complete(LifecycleModel.CONFIRM_CONTRACT_RECEIPT, Map.of(ProcessVariables.CONTRACT_VALID, true));
		assertThat(this.instance).isWaitingAt(LifecycleModel.SUBMIT_PROOF_OF_USE);
	}

	@Test
	void theContractOfferLapsesAfterItsLastDayAndTheCarrierGetsALetter() {
		start();
		approveUntil(LifecycleModel.ACCEPT_CONTRACT);

		assertThat(this.support.passTimeUntil(ProcessTestSupport.CONTRACT_OFFER_ENDS.minusMinutes(1)))
			.containsExactly("Timer_ContractLapseWarning");
		assertThat(this.support.passTime(Duration.ofMinutes(2))).containsExactly("Timer_ContractLapse");
		assertThat(this.instance).isEnded().hasPassed("Task_IssueContractLapseNotice", "End_ContractLapsed");
		assertThat(this.support.steps).endsWith("lapseForUnacceptedContract", "issueNotice:CONTRACT_LAPSE_NOTICE");
	}

	@Test
	void aContractSentBackIsUploadedAgainWithinTheSameOffer() {
		start();
		approveUntil(LifecycleModel.CONFIRM_CONTRACT_RECEIPT);
		complete(LifecycleModel.CONFIRM_CONTRACT_RECEIPT, Map.of(ProcessVariables.CONTRACT_VALID, false));
		assertThat(this.instance).isWaitingAt(LifecycleModel.ACCEPT_CONTRACT);

		// The offer's last day does not move: without a new upload it lapses as offered.
		assertThat(this.support.passTimeUntil(ProcessTestSupport.CONTRACT_OFFER_ENDS.plusMinutes(1)))
			.containsExactly("Timer_ContractLapseWarning", "Timer_ContractLapse");
		assertThat(this.instance).isEnded().hasPassed("End_ContractLapsed");
	}

	@Test
	void byNoticeTheContractStepDisappearsAndTheDeliveryTheDayAfterOpeningStartsTheGrant() {
		this.support.forwardingByNotice(true);
		start();
		approveUntil(LifecycleModel.DECIDE_APPLICATION);
		complete(LifecycleModel.DECIDE_APPLICATION, Map.of(ProcessVariables.APPROVED, true));
		assertThat(this.support.steps).endsWith("determineForwardingForm", "issueNotice:APPROVAL_NOTICE");
		assertThat(this.instance).isWaitingAt("Gateway_AwaitRetrieval");
		assertThat(this.engine.getTaskService().createTaskQuery().count()).isZero();

		// Opened in the afternoon: delivered, and in effect, at the start of the next
		// day.
		assertThat(this.support.passTime(Duration.ofHours(5))).isEmpty();
		retrieved();
		assertThat(this.instance).isWaitingAt("Timer_DayAfterRetrieval");
		assertThat(this.support.passTime(Duration.ofHours(9))).isEmpty();
		assertThat(this.support.passTime(Duration.ofHours(2))).containsExactly("Timer_DayAfterRetrieval");
		assertThat(this.support.steps).endsWith("takeEffect");
		assertThat(this.instance).isWaitingAt(LifecycleModel.SUBMIT_PROOF_OF_USE)
			.hasNotPassed(LifecycleModel.ACCEPT_CONTRACT, "Task_IssueForwardingContract", "Timer_ContractLapse");

		complete(LifecycleModel.SUBMIT_PROOF_OF_USE, Map.of());
		complete(LifecycleModel.AUDIT_PROOF_OF_USE, Map.of(ProcessVariables.HEARING_REQUIRED, false));
		assertThat(this.instance).isEnded().hasPassed("End_Closed");
	}

	@Test
	void byNoticeANoticeNotOpenedInTenDaysIsMadeAvailableAgainByACaseWorker() {
		this.support.forwardingByNotice(true);
		start();
		approveUntil(LifecycleModel.DECIDE_APPLICATION);
		complete(LifecycleModel.DECIDE_APPLICATION, Map.of(ProcessVariables.APPROVED, true));

		assertThat(this.support.passTime(Duration.ofDays(10))).isEmpty();
		assertThat(this.support.passTime(Duration.ofDays(1))).containsExactly("Timer_RetrievalWindowEnded");
		assertThat(this.instance).isWaitingAt(LifecycleModel.PROVIDE_NOTICE_AGAIN);
		assertThat(task(LifecycleModel.PROVIDE_NOTICE_AGAIN)).hasCandidateGroup("REVIEWER");
		assertThat(this.support.steps).doesNotContain("takeEffect");

		complete(LifecycleModel.PROVIDE_NOTICE_AGAIN, Map.of());
		assertThat(this.instance).isWaitingAt("Gateway_AwaitRetrieval");
		retrieved();
		assertThat(this.support.passTime(Duration.ofDays(1))).containsExactly("Timer_DayAfterRetrieval");
		assertThat(this.instance).isWaitingAt(LifecycleModel.SUBMIT_PROOF_OF_USE);
	}

	@Test
	void byNoticeAWithdrawalWhileTheNoticeWaitsEndsTheCase() {
		this.support.forwardingByNotice(true);
		start();
		approveUntil(LifecycleModel.DECIDE_APPLICATION);
		complete(LifecycleModel.DECIDE_APPLICATION, Map.of(ProcessVariables.APPROVED, true));
		this.engine.getRuntimeService()
			.createMessageCorrelation(LifecycleModel.WITHDRAWAL_MESSAGE)
			.processInstanceBusinessKey("42")
			.correlate();
		assertThat(this.instance).isEnded().hasPassed("End_Withdrawn");
		assertThat(this.engine.getManagementService().createJobQuery().count()).isZero();
	}

	private void retrieved() {
		this.engine.getRuntimeService()
			.createMessageCorrelation(LifecycleModel.APPROVAL_NOTICE_RETRIEVED_MESSAGE)
			.processInstanceBusinessKey("42")
			.correlateAllWithResult();
	}

	@Test
	void theProofOfUseBecomesDueIsRemindedAndMarkedOverdue() {
		start();
		approveUntilActive();

		assertThat(this.support.passTimeUntil(ProcessTestSupport.MEASURE_ENDED.minusMinutes(1))).isEmpty();
		assertThat(this.support.passTime(Duration.ofMinutes(1))).containsExactly("Timer_MeasureEnded");
		assertThat(this.support.passTimeUntil(ProcessTestSupport.PROOF_REMINDER))
			.containsExactly("Timer_ProofReminder");
		assertThat(this.support.passTimeUntil(ProcessTestSupport.PROOF_DUE)).containsExactly("Timer_ProofOverdue");
		assertThat(this.support.steps).endsWith("markProofDue", "sendReminder:PROOF_OF_USE", "markProofOverdue");

		assertThat(this.instance).isWaitingAt(LifecycleModel.SUBMIT_PROOF_OF_USE);
		complete(LifecycleModel.SUBMIT_PROOF_OF_USE, Map.of());
		assertThat(this.instance).isWaitingAt(LifecycleModel.AUDIT_PROOF_OF_USE);
	}

	@Test
	void aProofSubmittedEarlyCancelsTheProofTimers() {
		start();
		approveUntilActive();
		complete(LifecycleModel.SUBMIT_PROOF_OF_USE, Map.of());

		assertThat(this.support.passTimeUntil(ProcessTestSupport.PROOF_DUE.plusDays(1))).isEmpty();
		assertThat(this.instance).isWaitingAt(LifecycleModel.AUDIT_PROOF_OF_USE);
	}

	@Test
	void aBurdenFoundInTheAuditOpensAHearingWhoseDecisionLeadsToTheClawbackThenToTheInterest() {
		start();
		approveUntilActive();
		complete(LifecycleModel.SUBMIT_PROOF_OF_USE, Map.of());
		completeOnly(LifecycleModel.AUDIT_PROOF_OF_USE, Map.of(ProcessVariables.HEARING_REQUIRED, true));

		// The hearing letter is issued in a job of its own before the carrier is asked.
		assertThat(this.instance).isWaitingAt("Task_IssueHearingLetter");
		assertThat(this.support.runPendingSteps()).containsExactly("Task_IssueHearingLetter");
		assertThat(this.support.steps).endsWith("issueNotice:HEARING_LETTER");
		assertThat(this.instance).isWaitingAt(LifecycleModel.ANSWER_HEARING);
		assertThat(task(LifecycleModel.ANSWER_HEARING)).hasCandidateGroup("carrier-7");
		assertThat(task(LifecycleModel.ANSWER_HEARING).getDueDate())
			.isEqualTo(Date.from(ProcessTestSupport.HEARING_LAPSE.toInstant()));
		assertThat(task(LifecycleModel.DECIDE_AFTER_HEARING)).isNull();

		complete(LifecycleModel.ANSWER_HEARING, Map.of());
		assertThat(this.instance).isWaitingAt(LifecycleModel.DECIDE_AFTER_HEARING);
		assertThat(task(LifecycleModel.DECIDE_AFTER_HEARING)).hasCandidateGroup("REVIEWER");
		// The answer ended the wait: the timer is gone and nothing lapses later.
		assertThat(this.support.passTimeUntil(ProcessTestSupport.HEARING_LAPSE.plusDays(1))).isEmpty();
		assertThat(this.support.steps).doesNotContain("recordHearingLapse");

		complete(LifecycleModel.DECIDE_AFTER_HEARING, Map.of(ProcessVariables.RECLAIM, true));
		assertThat(this.instance).isWaitingAt(LifecycleModel.CONFIRM_REPAYMENT);
		assertThat(task(LifecycleModel.CONFIRM_REPAYMENT)).hasCandidateGroup("FINANCE");
		assertThat(this.support.steps).endsWith("issueNotice:HEARING_LETTER", "issueNotice:CLAWBACK_NOTICE");

		assertThat(this.support.passTimeUntil(ProcessTestSupport.REPAYMENT_DUE)).containsExactly("Timer_RepaymentDue");
		assertThat(this.support.steps).endsWith("sendReminder:REPAYMENT");
		complete(LifecycleModel.CONFIRM_REPAYMENT, Map.of());
		assertThat(this.instance).isWaitingAt(LifecycleModel.SET_INTEREST);
	}

	@Test
	void withoutAnAnswerTheHearingLapsesAtItsDeadlineAndTheCaseWorkerDecides() {
		start();
		approveUntilActive();
		complete(LifecycleModel.SUBMIT_PROOF_OF_USE, Map.of());
		complete(LifecycleModel.AUDIT_PROOF_OF_USE, Map.of(ProcessVariables.HEARING_REQUIRED, true));
		assertThat(this.instance).isWaitingAt(LifecycleModel.ANSWER_HEARING);

		assertThat(this.support.passTimeUntil(ProcessTestSupport.HEARING_LAPSE.minusMinutes(1))).isEmpty();
		assertThat(this.instance).isWaitingAt(LifecycleModel.ANSWER_HEARING);
		assertThat(task(LifecycleModel.DECIDE_AFTER_HEARING)).isNull();

		assertThat(this.support.passTime(Duration.ofMinutes(1))).containsExactly("Timer_HearingLapse");
		assertThat(this.support.steps).endsWith("recordHearingLapse");
		assertThat(task(LifecycleModel.ANSWER_HEARING)).isNull();
		assertThat(this.instance).isWaitingAt(LifecycleModel.DECIDE_AFTER_HEARING);

		complete(LifecycleModel.DECIDE_AFTER_HEARING, Map.of(ProcessVariables.RECLAIM, true));
		assertThat(this.instance).isWaitingAt(LifecycleModel.CONFIRM_REPAYMENT);
		assertThat(this.support.steps).endsWith("recordHearingLapse", "issueNotice:CLAWBACK_NOTICE");
	}

	@Test
	void aClawbackDroppedAfterTheHearingClosesTheCaseWithoutANotice() {
		start();
		approveUntilActive();
		complete(LifecycleModel.SUBMIT_PROOF_OF_USE, Map.of());
		complete(LifecycleModel.AUDIT_PROOF_OF_USE, Map.of(ProcessVariables.HEARING_REQUIRED, true));
		complete(LifecycleModel.ANSWER_HEARING, Map.of());

		complete(LifecycleModel.DECIDE_AFTER_HEARING, Map.of(ProcessVariables.RECLAIM, false));

		assertThat(this.instance).isEnded().hasPassed("End_ClawbackDropped").hasNotPassed("Task_IssueClawbackNotice");
		assertThat(this.support.steps).endsWith("issueNotice:HEARING_LETTER")
			.doesNotContain("issueNotice:CLAWBACK_NOTICE");
		assertThat(this.engine.getManagementService().createJobQuery().count()).isZero();
	}

	@Test
	void afterTheRepaymentACaseWorkerSetsTheInterestByNoticeAndFinanceConfirmsItsPayment() {
		start();
		repayUntilInterest();
		assertThat(task(LifecycleModel.SET_INTEREST)).hasCandidateGroup("REVIEWER");

		completeOnly(LifecycleModel.SET_INTEREST, Map.of(ProcessVariables.INTEREST_WAIVED, false));
		// The decision is committed; the interest notice is issued in a job of its own.
		assertThat(this.instance).isWaitingAt("Task_IssueInterestNotice");
		assertThat(this.support.runPendingSteps()).containsExactly("Task_IssueInterestNotice");
		assertThat(this.support.steps).endsWith("issueNotice:INTEREST_NOTICE");
		assertThat(this.instance).isWaitingAt(LifecycleModel.CONFIRM_INTEREST_PAYMENT);
		assertThat(task(LifecycleModel.CONFIRM_INTEREST_PAYMENT)).hasCandidateGroup("FINANCE");

		complete(LifecycleModel.CONFIRM_INTEREST_PAYMENT, Map.of());
		assertThat(this.instance).isEnded().hasPassed("End_InterestPaid").hasNotPassed("End_InterestWaived");
		assertThat(this.support.steps).doesNotContain("sendReminder:INTEREST");
	}

	@Test
	void interestNotPaidByItsDueDateIsRemindedOnceAndStillAwaitsPayment() {
		start();
		repayUntilInterest();
		complete(LifecycleModel.SET_INTEREST, Map.of(ProcessVariables.INTEREST_WAIVED, false));

		assertThat(this.support.passTimeUntil(ProcessTestSupport.INTEREST_DUE.minusMinutes(1))).isEmpty();
		assertThat(this.support.passTimeUntil(ProcessTestSupport.INTEREST_DUE)).containsExactly("Timer_InterestDue");
		assertThat(this.support.steps).endsWith("sendReminder:INTEREST");
		assertThat(this.instance).isWaitingAt(LifecycleModel.CONFIRM_INTEREST_PAYMENT);
		assertThat(this.support.passTimeUntil(ProcessTestSupport.INTEREST_DUE.plusMonths(3))).isEmpty();

		complete(LifecycleModel.CONFIRM_INTEREST_PAYMENT, Map.of());
		assertThat(this.instance).isEnded().hasPassed("End_InterestPaid");
	}

	@Test
	void waivedInterestClosesTheCaseWithoutANotice() {
		start();
		repayUntilInterest();
		complete(LifecycleModel.SET_INTEREST, Map.of(ProcessVariables.INTEREST_WAIVED, true));

		assertThat(this.instance).isEnded().hasPassed("End_InterestWaived");
		assertThat(this.support.steps).doesNotContain("issueNotice:INTEREST_NOTICE");
		assertThat(this.engine.getManagementService().createJobQuery().count()).isZero();
	}

	private void repayUntilInterest() {
		approveUntilActive();
		complete(LifecycleModel.SUBMIT_PROOF_OF_USE, Map.of());
		complete(LifecycleModel.AUDIT_PROOF_OF_USE, Map.of(ProcessVariables.HEARING_REQUIRED, true));
		complete(LifecycleModel.ANSWER_HEARING, Map.of());
		complete(LifecycleModel.DECIDE_AFTER_HEARING, Map.of(ProcessVariables.RECLAIM, true));
		complete(LifecycleModel.CONFIRM_REPAYMENT, Map.of());
		assertThat(this.instance).isWaitingAt(LifecycleModel.SET_INTEREST);
	}

	@ParameterizedTest(name = "withdrawn while waiting at {0}")
	@ValueSource(strings = { LifecycleModel.CHECK_COMPLETENESS, LifecycleModel.SUBMIT_MISSING_DOCUMENTS,
			LifecycleModel.ASSESS_APPLICATION, LifecycleModel.DECIDE_APPLICATION, LifecycleModel.ACCEPT_CONTRACT,
			LifecycleModel.CONFIRM_CONTRACT_RECEIPT, LifecycleModel.SUBMIT_PROOF_OF_USE })
	void aWithdrawalEndsTheCaseAndReleasesTheBudget(String waitingAt) {
		start();
		approveUntil(waitingAt);
		assertThat(this.instance).isWaitingAt(waitingAt);

		this.engine.getRuntimeService()
			.createMessageCorrelation(LifecycleModel.WITHDRAWAL_MESSAGE)
			.processInstanceBusinessKey("42")
			.correlate();

		assertThat(this.instance).isEnded().hasPassed("End_Withdrawn");
		assertThat(this.support.steps).endsWith("releaseBudget");
		assertThat(this.engine.getManagementService().createJobQuery().count()).isZero();
	}

	private void approveUntilActive() {
		approveUntil(LifecycleModel.SUBMIT_PROOF_OF_USE);
	}

	/** Takes the happy path until the given task is open. */
	private void approveUntil(String taskKey) {
		if (LifecycleModel.SUBMIT_MISSING_DOCUMENTS.equals(taskKey)) {
			complete(LifecycleModel.CHECK_COMPLETENESS, Map.of(ProcessVariables.COMPLETE, false));
			return;
		}
		String[][] path = { { LifecycleModel.CHECK_COMPLETENESS, ProcessVariables.COMPLETE },
				{ LifecycleModel.ASSESS_APPLICATION, ProcessVariables.APPROVAL_RECOMMENDED },
				{ LifecycleModel.DECIDE_APPLICATION, ProcessVariables.APPROVED },
				{ LifecycleModel.ACCEPT_CONTRACT, null },
				{ LifecycleModel.CONFIRM_CONTRACT_RECEIPT, ProcessVariables.CONTRACT_VALID } };
		for (String[] step : path) {
			if (step[0].equals(taskKey)) {
				return;
			}
			complete(step[0], (step[1] != null) ? Map.of(step[1], true) : Map.of());
		}
	}

	private Task task(String taskKey) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(this.instance.getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	/** Completes the task and lets the steps behind an asynchronous boundary run. */
	private void complete(String taskKey, Map<String, Object> variables) {
		completeOnly(taskKey, variables);
		this.support.runPendingSteps();
	}

	private void completeOnly(String taskKey, Map<String, Object> variables) {
		Task task = task(taskKey);
		assertThat(task).as("open task %s", taskKey).isNotNull();
		this.engine.getTaskService().complete(task.getId(), variables);
	}

}
