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
		complete(LifecycleModel.AUDIT_PROOF_OF_USE, Map.of(ProcessVariables.REPAYMENT_REQUIRED, false));

		assertThat(this.instance).isEnded().hasPassed("End_Closed");
		assertThat(this.support.steps).containsExactly("checkEligibility", "reserveBudget",
				"determineApprovalAuthority", "approveApplication", "issueNotice:APPROVAL_NOTICE");
	}

	@Test
	void noticesAndRemindersAreIssuedInJobsOfTheirOwnAfterTheStepThatOrdersThem() {
		start();
		approveUntil(LifecycleModel.DECIDE_APPLICATION);
		completeOnly(LifecycleModel.DECIDE_APPLICATION, Map.of(ProcessVariables.APPROVED, true));

		// The approval is committed; the notice waits for the job executor.
		assertThat(this.instance).isWaitingAt("Task_IssueApprovalNotice");
		assertThat(this.support.steps).endsWith("approveApplication");
		assertThat(task(LifecycleModel.ACCEPT_CONTRACT)).isNull();
		assertThat(this.support.runPendingSteps()).containsExactly("Task_IssueApprovalNotice");
		assertThat(this.support.steps).endsWith("issueNotice:APPROVAL_NOTICE");
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
		assertThat(this.support.steps).contains("approveApplication", "issueNotice:APPROVAL_NOTICE");
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
		complete(LifecycleModel.ACCEPT_CONTRACT, Map.of());
		assertThat(this.instance).isWaitingAt(LifecycleModel.SUBMIT_PROOF_OF_USE);
	}

	@Test
	void theApprovalLapsesAfterThirtyDaysWithoutAcceptance() {
		start();
		approveUntil(LifecycleModel.ACCEPT_CONTRACT);

		assertThat(this.support.passTime(Duration.ofDays(30).plusMinutes(1)))
			.containsExactly("Timer_ContractLapseWarning", "Timer_ContractLapse");
		assertThat(this.instance).isEnded().hasPassed("End_ContractLapsed");
		assertThat(this.support.steps).endsWith("lapseForUnacceptedContract");
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
	void lessRecognisedThanPaidLeadsToAClawbackAndWaitsForTheRepayment() {
		start();
		approveUntilActive();
		complete(LifecycleModel.SUBMIT_PROOF_OF_USE, Map.of());
		complete(LifecycleModel.AUDIT_PROOF_OF_USE, Map.of(ProcessVariables.REPAYMENT_REQUIRED, true));

		assertThat(this.instance).isWaitingAt(LifecycleModel.CONFIRM_REPAYMENT);
		assertThat(task(LifecycleModel.CONFIRM_REPAYMENT)).hasCandidateGroup("FINANCE");
		assertThat(this.support.steps).endsWith("issueNotice:CLAWBACK_NOTICE");

		assertThat(this.support.passTimeUntil(ProcessTestSupport.REPAYMENT_DUE)).containsExactly("Timer_RepaymentDue");
		assertThat(this.support.steps).endsWith("sendReminder:REPAYMENT");
		complete(LifecycleModel.CONFIRM_REPAYMENT, Map.of());
		assertThat(this.instance).isEnded().hasPassed("End_Repaid");
	}

	@ParameterizedTest(name = "withdrawn while waiting at {0}")
	@ValueSource(strings = { LifecycleModel.CHECK_COMPLETENESS, LifecycleModel.SUBMIT_MISSING_DOCUMENTS,
			LifecycleModel.ASSESS_APPLICATION, LifecycleModel.DECIDE_APPLICATION, LifecycleModel.ACCEPT_CONTRACT,
			LifecycleModel.SUBMIT_PROOF_OF_USE })
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
				{ LifecycleModel.ACCEPT_CONTRACT, null } };
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
