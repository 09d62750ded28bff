package de.foerderfluss.application.events;

import java.util.List;

import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;

/** Staff took back the mark of a lawsuit against a notice. */
public record LawsuitCleared(Long applicationId, DocumentKind kind) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.LAWSUIT_CLEARED;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.label("document-kind." + this.kind.name()));
	}

}
