package de.foerderfluss.application.events;

import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;

/** A deadline of the case came close and the carrier was reminded of it. */
public record ReminderSent(Long applicationId, Kind kind) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.REMINDER_SENT;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.label("application.history.reminder." + this.kind.name()));
	}

	public enum Kind {

		DOCUMENTS, CONTRACT_LAPSE_WARNING, PROOF_OF_USE, REPAYMENT, INTEREST

	}

}
