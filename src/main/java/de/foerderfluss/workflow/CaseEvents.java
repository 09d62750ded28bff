package de.foerderfluss.workflow;

import java.util.Map;

import de.foerderfluss.application.events.ApplicationSubmitted;
import de.foerderfluss.application.events.ApplicationWithdrawn;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.events.ContractAccepted;
import de.foerderfluss.application.events.NoticeProvidedAgain;
import de.foerderfluss.application.events.NoticeRetrieved;
import de.foerderfluss.application.events.SignedContractReceived;
import de.foerderfluss.application.events.SignedContractRefused;
import de.foerderfluss.application.events.DocumentsResubmitted;
import de.foerderfluss.application.events.ProofSubmitted;
import de.foerderfluss.disbursement.events.FundCallCancelled;
import de.foerderfluss.disbursement.events.FundCallSubmitted;
import de.foerderfluss.disbursement.events.FundCallVerified;
import de.foerderfluss.disbursement.events.PayoutReleased;
import de.foerderfluss.proof.events.HearingAnswered;
import de.foerderfluss.proof.events.HearingDecided;
import de.foerderfluss.proof.events.InterestPaid;
import de.foerderfluss.proof.events.InterestSet;
import de.foerderfluss.proof.events.ProofAudited;
import de.foerderfluss.proof.events.RepaymentConfirmed;
import de.foerderfluss.review.events.ApplicationAssessed;
import de.foerderfluss.review.events.ApplicationDecided;
import de.foerderfluss.review.events.CompletenessChecked;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the processes on when the domain reports a step. Runs in the transaction of the
 * step, so the business tables and the process never disagree: if the process cannot
 * move, the step is undone.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CaseEvents {

	private final RuntimeService runtime;

	private final OpenTasks tasks;

	CaseEvents(RuntimeService runtime, OpenTasks tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	@EventListener
	void on(ApplicationSubmitted event) {
		this.runtime.startProcessInstanceByKey(LifecycleModel.LIFECYCLE_PROCESS, event.applicationId().toString(),
				Map.of(ProcessVariables.APPLICATION_ID, event.applicationId(), ProcessVariables.CARRIER_ID,
						event.carrierId()));
	}

	@EventListener
	void on(CompletenessChecked event) {
		this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.CHECK_COMPLETENESS,
				Map.of(ProcessVariables.COMPLETE, event.complete()));
	}

	@EventListener
	void on(DocumentsResubmitted event) {
		this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.SUBMIT_MISSING_DOCUMENTS, Map.of());
	}

	@EventListener
	void on(ApplicationAssessed event) {
		this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.ASSESS_APPLICATION,
				Map.of(ProcessVariables.APPROVAL_RECOMMENDED, event.approvalRecommended()));
	}

	@EventListener
	void on(ApplicationDecided event) {
		if (event.coSignature()) {
			this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.CO_SIGN_DECISION,
					Map.of(ProcessVariables.CO_SIGNED, event.approved()));
		}
		else {
			this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.DECIDE_APPLICATION,
					Map.of(ProcessVariables.APPROVED, event.approved()));
		}
	}

	@EventListener
	void on(SignedContractReceived event) {
		this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.ACCEPT_CONTRACT, Map.of());
	}

	@EventListener
	void on(ContractAccepted event) {
		this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.CONFIRM_CONTRACT_RECEIPT,
				Map.of(ProcessVariables.CONTRACT_VALID, true));
	}

	@EventListener
	void on(SignedContractRefused event) {
		this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.CONFIRM_CONTRACT_RECEIPT,
				Map.of(ProcessVariables.CONTRACT_VALID, false));
	}

	/** The carrier opened the Weiterleitungsbescheid: it is delivered the day after. */
	@EventListener
	void on(NoticeRetrieved event) {
		if (event.kind() == DocumentKind.APPROVAL_NOTICE) {
			this.runtime.createMessageCorrelation(LifecycleModel.APPROVAL_NOTICE_RETRIEVED_MESSAGE)
				.processInstanceBusinessKey(event.applicationId().toString())
				.correlateAllWithResult();
		}
	}

	@EventListener
	void on(NoticeProvidedAgain event) {
		if (event.kind() == DocumentKind.APPROVAL_NOTICE) {
			this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.PROVIDE_NOTICE_AGAIN, Map.of());
		}
	}

	@EventListener
	void on(ProofSubmitted event) {
		this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.SUBMIT_PROOF_OF_USE, Map.of());
	}

	@EventListener
	void on(ProofAudited event) {
		this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.AUDIT_PROOF_OF_USE,
				Map.of(ProcessVariables.HEARING_REQUIRED, event.hearingRequired()));
	}

	/**
	 * An answer after the deadline finds the wait ended by the timer; it is kept all the
	 * same.
	 */
	@EventListener
	void on(HearingAnswered event) {
		this.tasks.completeCaseTaskIfOpen(event.applicationId(), LifecycleModel.ANSWER_HEARING);
	}

	@EventListener
	void on(HearingDecided event) {
		this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.DECIDE_AFTER_HEARING,
				Map.of(ProcessVariables.RECLAIM, event.reclaimed()));
	}

	@EventListener
	void on(RepaymentConfirmed event) {
		if (event.settled()) {
			this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.CONFIRM_REPAYMENT, Map.of());
		}
	}

	@EventListener
	void on(InterestSet event) {
		this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.SET_INTEREST,
				Map.of(ProcessVariables.INTEREST_WAIVED, event.waived()));
	}

	@EventListener
	void on(InterestPaid event) {
		if (event.settled()) {
			this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.CONFIRM_INTEREST_PAYMENT, Map.of());
		}
	}

	@EventListener
	void on(ApplicationWithdrawn event) {
		this.runtime.createMessageCorrelation(LifecycleModel.WITHDRAWAL_MESSAGE)
			.processInstanceBusinessKey(event.applicationId().toString())
			.correlate();
	}

	@EventListener
	void on(FundCallSubmitted event) {
		this.runtime.startProcessInstanceByKey(LifecycleModel.FUND_CALL_PROCESS, event.fundCallId().toString(),
				Map.of(ProcessVariables.FUND_CALL_ID, event.fundCallId(), ProcessVariables.APPLICATION_ID,
						event.applicationId()));
	}

	@EventListener
	void on(FundCallVerified event) {
		this.tasks.completeFundCallTask(event.fundCallId(), LifecycleModel.VERIFY_FUND_CALL,
				Map.of(ProcessVariables.CORRECT, event.correct()));
	}

	@EventListener
	void on(PayoutReleased event) {
		this.tasks.completeFundCallTask(event.fundCallId(), LifecycleModel.RELEASE_PAYOUT, Map.of());
	}

	@EventListener
	void on(FundCallCancelled event) {
		this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(LifecycleModel.FUND_CALL_PROCESS)
			.processInstanceBusinessKey(event.fundCallId().toString())
			.list()
			.forEach((instance) -> this.runtime.deleteProcessInstance(instance.getId(), "application withdrawn"));
	}

}
