package de.foerderfluss.workflow;

import java.util.Map;

import de.foerderfluss.application.DocumentKind;

/** Ids of the processes, user tasks and messages in {@code bpmn/}. */
final class LifecycleModel {

	static final String LIFECYCLE_PROCESS = "application-lifecycle";

	static final String FUND_CALL_PROCESS = "fund-call";

	static final String WITHDRAWAL_MESSAGE = "WithdrawalRequested";

	static final String CHECK_COMPLETENESS = "Task_CheckCompleteness";

	static final String SUBMIT_MISSING_DOCUMENTS = "Task_SubmitMissingDocuments";

	static final String ASSESS_APPLICATION = "Task_AssessApplication";

	static final String DECIDE_APPLICATION = "Task_DecideApplication";

	static final String CO_SIGN_DECISION = "Task_CoSignDecision";

	/** The carrier uploads the forwarding contract it signed. */
	static final String ACCEPT_CONTRACT = "Task_AcceptContract";

	static final String CONFIRM_CONTRACT_RECEIPT = "Task_ConfirmContractReceipt";

	static final String PROVIDE_NOTICE_AGAIN = "Task_ProvideNoticeAgain";

	static final String APPROVAL_NOTICE_RETRIEVED_MESSAGE = "ApprovalNoticeRetrieved";

	static final String SUBMIT_PROOF_OF_USE = "Task_SubmitProofOfUse";

	static final String AUDIT_PROOF_OF_USE = "Task_AuditProofOfUse";

	static final String ANSWER_HEARING = "Task_AnswerHearing";

	static final String DECIDE_AFTER_HEARING = "Task_DecideAfterHearing";

	static final String CONFIRM_REPAYMENT = "Task_ConfirmRepayment";

	static final String SET_INTEREST = "Task_SetInterest";

	static final String CONFIRM_INTEREST_PAYMENT = "Task_ConfirmInterestPayment";

	static final String VERIFY_FUND_CALL = "Task_VerifyFundCall";

	static final String RELEASE_PAYOUT = "Task_ReleasePayout";

	static final String BUDGET_EXHAUSTED_ERROR = "BUDGET_EXHAUSTED";

	/**
	 * The service tasks that issue notices, each behind an asynchronous boundary: the
	 * decision commits first, the notice is rendered and archived in a job of its own.
	 */
	static final Map<String, DocumentKind> NOTICE_TASKS = Map.of("Task_IssueApprovalNotice",
			DocumentKind.APPROVAL_NOTICE, "Task_IssueRejectionNotice", DocumentKind.REJECTION_NOTICE,
			"Task_IssueClawbackNotice", DocumentKind.CLAWBACK_NOTICE, "Task_IssueHearingLetter",
			DocumentKind.HEARING_LETTER, "Task_IssueForwardingContract", DocumentKind.FORWARDING_CONTRACT,
			"Task_IssueContractLapseNotice", DocumentKind.CONTRACT_LAPSE_NOTICE, "Task_IssueInterestNotice",
			DocumentKind.INTEREST_NOTICE);

	private LifecycleModel() {
	}

	/** The candidate group of a carrier's tasks. */
	static String carrierGroup(Long carrierId) {
		return "carrier-" + carrierId;
	}

}
