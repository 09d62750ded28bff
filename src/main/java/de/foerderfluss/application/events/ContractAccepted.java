package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.StatusChange;

/**
 * A case worker confirmed the receipt of the forwarding contract the carrier signed: the
 * contract is concluded and the measure runs.
 */
public record ContractAccepted(Long applicationId, StatusChange statusChange, String note) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.CONTRACT_ACCEPTED;
	}

	@Override
	public String text() {
		return this.note;
	}

}
