package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;

/**
 * The carrier uploaded the signed forwarding contract; a case worker confirms its
 * receipt.
 */
public record SignedContractReceived(Long applicationId) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.SIGNED_CONTRACT_RECEIVED;
	}

}
