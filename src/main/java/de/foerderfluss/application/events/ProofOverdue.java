package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;

/** The proof of use was not submitted in time. */
public record ProofOverdue(Long applicationId) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.PROOF_OVERDUE;
	}

}
