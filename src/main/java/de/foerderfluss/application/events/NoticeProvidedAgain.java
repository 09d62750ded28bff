package de.foerderfluss.application.events;

import java.util.List;

import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;

/**
 * A notice that was not opened in time was made available to the carrier again; the
 * carrier is told anew.
 */
public record NoticeProvidedAgain(Long applicationId, DocumentKind kind) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.NOTICE_PROVIDED_AGAIN;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.label("document-kind." + this.kind.name()));
	}

}
