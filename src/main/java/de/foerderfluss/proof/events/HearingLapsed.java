package de.foerderfluss.proof.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;

/** The hearing's deadline passed without an answer; the case worker may decide now. */
public record HearingLapsed(Long applicationId) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.HEARING_LAPSED;
	}

}
