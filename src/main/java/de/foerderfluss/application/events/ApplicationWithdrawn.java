package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/** The carrier withdrew the application before the first payout. */
public record ApplicationWithdrawn(Long applicationId, StatusChange statusChange,
		String reason) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.WITHDRAWN;
	}

	@Override
	public String text() {
		return this.reason;
	}

}
