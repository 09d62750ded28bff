package de.foerderfluss.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The only process variables: ids and the flags gateways decide on. Business data stays
 * in the business tables.
 */
final class ProcessVariables {

	static final String APPLICATION_ID = "applicationId";

	static final String CARRIER_ID = "carrierId";

	static final String FUND_CALL_ID = "fundCallId";

	static final String COMPLETE = "complete";

	static final String ELIGIBLE = "eligible";

	static final String APPROVAL_RECOMMENDED = "approvalRecommended";

	static final String APPROVED = "approved";

	static final String CO_SIGNATURE_REQUIRED = "coSignatureRequired";

	static final String CO_SIGNED = "coSigned";

	static final String HEARING_REQUIRED = "hearingRequired";

	static final String RECLAIM = "reclaim";

	/**
	 * Whether the programme forwards by notice (Weiterleitungsbescheid), not by contract.
	 */
	static final String FORWARDING_BY_NOTICE = "forwardingByNotice";

	/** Whether the uploaded contract arrived signed as offered. */
	static final String CONTRACT_VALID = "contractValid";

	static final String INTEREST_WAIVED = "interestWaived";

	static final String CORRECT = "correct";

	/** Local input of the reminder step: which reminder to send. */
	static final String REMINDER = "reminder";

	/** Local input of the notice step: which notice to issue. */
	static final String NOTICE = "notice";

	private ProcessVariables() {
	}

	static Long applicationId(VariableScope scope) {
		return toLong(scope.getVariable(APPLICATION_ID));
	}

	static Long fundCallId(VariableScope scope) {
		return toLong(scope.getVariable(FUND_CALL_ID));
	}

	private static Long toLong(Object value) {
		return (value instanceof Number number) ? number.longValue() : Long.valueOf(String.valueOf(value));
	}

}
