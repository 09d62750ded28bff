package de.foerderfluss.workflow;

import java.util.Map;

import de.foerderfluss.application.events.ApplicationSubmitted;
import de.foerderfluss.application.events.ApplicationWithdrawn;
import de.foerderfluss.application.events.ContractAccepted;
import de.foerderfluss.application.events.DocumentsResubmitted;
import de.foerderfluss.application.events.ProofSubmitted;
import de.foerderfluss.disbursement.events.FundCallCancelled;
import de.foerderfluss.disbursement.events.FundCallSubmitted;
import de.foerderfluss.disbursement.events.FundCallVerified;
import de.foerderfluss.disbursement.events.PayoutReleased;
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
	void on(ContractAccepted event) {
		this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.ACCEPT_CONTRACT, Map.of());
	}

	@EventListener
	void on(ProofSubmitted event) {
		this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.SUBMIT_PROOF_OF_USE, Map.of());
	}

	@EventListener
	void on(ProofAudited event) {
		this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.AUDIT_PROOF_OF_USE,
				Map.of(ProcessVariables.REPAYMENT_REQUIRED, event.repaymentRequired()));
	}

	@EventListener
	void on(RepaymentConfirmed event) {
		if (event.settled()) {
			this.tasks.completeCaseTask(event.applicationId(), LifecycleModel.CONFIRM_REPAYMENT, Map.of());
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
