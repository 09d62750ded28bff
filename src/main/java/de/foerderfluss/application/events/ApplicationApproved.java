package de.foerderfluss.application.events;

import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;
import de.foerderfluss.audit.StatusChange;
import de.foerderfluss.shared.Money;

/** The application was approved at this amount: money may now be called up to it. */
public record ApplicationApproved(Long applicationId, StatusChange statusChange,
		Money amount) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.APPROVED;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.amount(this.amount));
	}

}
