package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/** The audit recognised everything that was paid: the case is closed. */
public record ApplicationClosed(Long applicationId, StatusChange statusChange,
		String note) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.CLOSED;
	}

	@Override
	public String text() {
		return this.note;
	}

}
