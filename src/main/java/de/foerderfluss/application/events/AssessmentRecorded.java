package de.foerderfluss.application.events;

import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;
import de.foerderfluss.audit.StatusChange;

/** The case worker assessed the application; it waits for the decision. */
public record AssessmentRecorded(Long applicationId, StatusChange statusChange,
		String recommendation) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.ASSESSED;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.label("application.history.recommendation." + this.recommendation));
	}

}
