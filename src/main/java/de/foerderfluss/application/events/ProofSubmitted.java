package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/** The carrier submitted the proof of use; it waits for the audit. */
public record ProofSubmitted(Long applicationId, StatusChange statusChange) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.PROOF_SUBMITTED;
	}

}
