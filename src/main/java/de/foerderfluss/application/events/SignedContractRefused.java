package de.foerderfluss.application.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;

/**
 * The case worker did not confirm the uploaded contract (unsigned, another document): the
 * carrier uploads it again, within the offer's period.
 */
public record SignedContractRefused(Long applicationId, String note) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.SIGNED_CONTRACT_REFUSED;
	}

	@Override
	public String text() {
		return this.note;
	}

}
