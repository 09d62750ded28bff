package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/** The case worker found the application complete. */
public record CompletenessConfirmed(Long applicationId, StatusChange statusChange) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.COMPLETENESS_CONFIRMED;
	}

}
