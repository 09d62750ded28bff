package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/** The audit recognised less than was paid: the difference is reclaimed. */
public record RepaymentDemanded(Long applicationId, StatusChange statusChange,
		String note) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.CLAWBACK;
	}

	@Override
	public String text() {
		return this.note;
	}

}
