package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/** A carrier submitted the application; it has its file number and its case starts. */
public record ApplicationSubmitted(Long applicationId, Long carrierId, String fileNumber,
		StatusChange statusChange) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.SUBMITTED;
	}

	@Override
	public String text() {
		return this.fileNumber;
	}

}
