package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/**
 * The carrier let a deadline pass: the documents never came or the contract was never
 * accepted.
 */
public record ApplicationLapsed(Long applicationId, StatusChange statusChange,
		Cause cause) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return this.cause.action;
	}

	public enum Cause {

		DOCUMENTS_MISSING(CaseAction.LAPSED_DOCUMENTS_MISSING),
		CONTRACT_NOT_ACCEPTED(CaseAction.LAPSED_CONTRACT_NOT_ACCEPTED);

		private final CaseAction action;

		Cause(CaseAction action) {
			this.action = action;
		}

	}

}
