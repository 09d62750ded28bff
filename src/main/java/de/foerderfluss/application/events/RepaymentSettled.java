package de.foerderfluss.application.events;

import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;
import de.foerderfluss.audit.StatusChange;
import de.foerderfluss.shared.Money;

/** The last part of the reclaimed money came back: the interest is set next. */
public record RepaymentSettled(Long applicationId, StatusChange statusChange,
		Money lastAmount) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.REPAID;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.amount(this.lastAmount));
	}

}
