package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/**
 * The audit found a burden (a repayment, or the proof of use not accepted); the carrier
 * is heard before the decision.
 */
public record HearingOpened(Long applicationId, StatusChange statusChange,
		String findings) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.HEARING_OPENED;
	}

	@Override
	public String text() {
		return this.findings;
	}

}
