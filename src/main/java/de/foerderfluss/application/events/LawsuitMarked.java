package de.foerderfluss.application.events;

import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;

/** Staff marked that a lawsuit was filed against a notice: it does not become final. */
public record LawsuitMarked(Long applicationId, DocumentKind kind, LocalDate filedOn) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.LAWSUIT_MARKED;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.label("document-kind." + this.kind.name()), HistoryValue.date(this.filedOn));
	}

}
