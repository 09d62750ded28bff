package de.foerderfluss.proof.events;

import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;
import de.foerderfluss.shared.Money;

/** Finance booked interest received; settled once nothing of it is outstanding. */
public record InterestPaid(Long applicationId, Money amount, boolean settled) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.INTEREST_PAID;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.amount(this.amount));
	}

}
