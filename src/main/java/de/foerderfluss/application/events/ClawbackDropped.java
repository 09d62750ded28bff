package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/**
 * After the hearing the case worker reclaims nothing (or upholds no rejection of the
 * proof): the case is closed, with the reasons.
 */
public record ClawbackDropped(Long applicationId, StatusChange statusChange,
		String reasons) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.CLAWBACK_DROPPED;
	}

	@Override
	public String text() {
		return this.reasons;
	}

}
