package de.foerderfluss.audit;

/**
 * What can happen to a case, as its history records it. Each has a label
 * ({@code application.history.<ACTION>}) and, where its entries carry values, a pattern
 * that puts them into words ({@code application.history.detail.<ACTION>}), both in the
 * message bundles of every language.
 */
public enum CaseAction {

	SUBMITTED, DOCUMENT_UPLOADED, COMPLETENESS_CONFIRMED, DOCUMENTS_REQUESTED, DOCUMENTS_RESUBMITTED,
	ELIGIBILITY_CHECKED(true), REJECTED_NOT_ELIGIBLE, ASSESSED(true), REJECTED_BUDGET_EXHAUSTED, APPROVED(true),
	REJECTED, CO_SIGNATURE_REFUSED, NOTICE_ISSUED(true), CONTRACT_ACCEPTED, LAPSED_DOCUMENTS_MISSING,
	LAPSED_CONTRACT_NOT_ACCEPTED, WITHDRAWN, REMINDER_SENT(true), FUND_CALL_SUBMITTED(true), FUND_CALL_VERIFIED(true),
	FUND_CALL_NOT_CORRECT(true), FUND_CALL_CANCELLED(true), PAYOUT_RELEASED(true), STATEMENT_PRINTED(true), PROOF_DUE,
	PROOF_OVERDUE, PROOF_SUBMITTED, HEARING_OPENED, HEARING_ANSWERED(true), HEARING_LAPSED, CLAWBACK_DROPPED, CLOSED,
	CLAWBACK, PARTLY_REPAID(true), REPAID(true),
	// delivery of notices
	NOTICE_RETRIEVED(true), NOTICE_PROVIDED_AGAIN(true), LAWSUIT_MARKED(true), LAWSUIT_CLEARED(true),
	// early start of a measure
	EARLY_START_PERMITTED, EARLY_START_REFUSED,
	// forwarding by contract or notice
	SIGNED_CONTRACT_RECEIVED, SIGNED_CONTRACT_REFUSED, GRANT_TOOK_EFFECT(true),

	// interest (§ 49a VwVfG NRW)
	INTEREST_SET(true), INTEREST_WAIVED(true), INTEREST_PAID(true), INTEREST_SETTLED;

	private final boolean describedByValues;

	CaseAction() {
		this(false);
	}

	CaseAction(boolean describedByValues) {
		this.describedByValues = describedByValues;
	}

	/** The message key of the action's name. */
	public String labelCode() {
		return "application.history." + name();
	}

	/** Whether entries may carry values, put into words by {@link #detailCode()}. */
	public boolean isDescribedByValues() {
		return this.describedByValues;
	}

	/** The message key of the pattern for the values, {0} being the first. */
	public String detailCode() {
		return "application.history.detail." + name();
	}

}
