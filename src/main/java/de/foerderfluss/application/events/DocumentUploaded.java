package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;

/** The carrier uploaded a document to the case. */
public record DocumentUploaded(Long applicationId, String filename) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.DOCUMENT_UPLOADED;
	}

	@Override
	public String text() {
		return this.filename;
	}

}
