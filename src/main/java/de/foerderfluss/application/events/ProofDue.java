package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/** The measure has ended: the proof of use is due. */
public record ProofDue(Long applicationId, StatusChange statusChange) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.PROOF_DUE;
	}

}
