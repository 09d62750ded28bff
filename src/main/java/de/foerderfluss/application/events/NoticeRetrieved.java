package de.foerderfluss.application.events;

import java.time.Instant;
import java.util.List;

import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;

/** The carrier opened a notice for the first time since it was made available. */
public record NoticeRetrieved(Long applicationId, DocumentKind kind, Instant retrievedAt) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.NOTICE_RETRIEVED;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.label("document-kind." + this.kind.name()));
	}

}
