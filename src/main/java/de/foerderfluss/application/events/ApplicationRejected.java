package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/** The application was rejected, for this cause and with the reason the notice gives. */
public record ApplicationRejected(Long applicationId, StatusChange statusChange, Cause cause,
		String reason) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return this.cause.action;
	}

	@Override
	public String text() {
		return this.reason;
	}

	/** Who or what rejected the application. */
	public enum Cause {

		/** The rules: not eligible. */
		NOT_ELIGIBLE(CaseAction.REJECTED_NOT_ELIGIBLE),
		/** The budget line could not cover the recommended amount. */
		BUDGET_EXHAUSTED(CaseAction.REJECTED_BUDGET_EXHAUSTED),
		/** The approver's decision. */
		DECISION(CaseAction.REJECTED),
		/** The second approver refused to co-sign. */
		CO_SIGNATURE_REFUSED(CaseAction.CO_SIGNATURE_REFUSED);

		private final CaseAction action;

		Cause(CaseAction action) {
			this.action = action;
		}

	}

}
