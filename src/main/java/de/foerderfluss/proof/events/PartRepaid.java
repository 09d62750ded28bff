package de.foerderfluss.proof.events;

import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;
import de.foerderfluss.shared.Money;

/** Part of the reclaimed money came back; the rest is still outstanding. */
public record PartRepaid(Long applicationId, Money amount) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.PARTLY_REPAID;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.amount(this.amount));
	}

}
