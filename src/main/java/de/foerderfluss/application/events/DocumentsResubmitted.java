package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/**
 * The carrier answered the request for documents; the completeness check starts again.
 */
public record DocumentsResubmitted(Long applicationId, StatusChange statusChange,
		String note) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.DOCUMENTS_RESUBMITTED;
	}

	@Override
	public String text() {
		return this.note;
	}

}
