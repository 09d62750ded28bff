package de.foerderfluss.reporting.events;

import java.util.List;

import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;

/** A notice was rendered and archived with the case; the carrier can download it now. */
public record NoticeIssued(Long applicationId, DocumentKind kind) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.NOTICE_ISSUED;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.label("document-kind." + this.kind.name()));
	}

}
