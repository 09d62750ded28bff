package de.foerderfluss.proof.events;

import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;
import de.foerderfluss.shared.Money;

/**
 * A case worker decided on the interest of a case: set by notice, or waived with reasons.
 */
public record InterestSet(Long applicationId, Money amount, boolean waived, String reason) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return this.waived ? CaseAction.INTEREST_WAIVED : CaseAction.INTEREST_SET;
	}

	@Override
	public String text() {
		return this.reason;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.amount(this.amount));
	}

}
