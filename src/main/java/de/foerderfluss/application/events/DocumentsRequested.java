package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/** The case worker asked the carrier for what is missing. */
public record DocumentsRequested(Long applicationId, StatusChange statusChange,
		String missing) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.DOCUMENTS_REQUESTED;
	}

	@Override
	public String text() {
		return this.missing;
	}

}
