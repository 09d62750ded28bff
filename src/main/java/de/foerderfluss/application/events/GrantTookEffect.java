package de.foerderfluss.application.events;

import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;
import de.foerderfluss.audit.StatusChange;

/**
 * The Weiterleitungsbescheid was delivered: the grant took effect and the measure runs.
 */
public record GrantTookEffect(Long applicationId, StatusChange statusChange,
		LocalDate deliveredOn) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.GRANT_TOOK_EFFECT;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.date(this.deliveredOn));
	}

}
