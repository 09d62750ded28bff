package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/** The carrier accepted the forwarding contract; the measure runs. */
public record ContractAccepted(Long applicationId, StatusChange statusChange) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.CONTRACT_ACCEPTED;
	}

}
