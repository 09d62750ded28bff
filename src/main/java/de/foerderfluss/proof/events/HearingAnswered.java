package de.foerderfluss.proof.events;

import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;

/** The carrier answered the hearing, with a text and any documents it uploaded. */
public record HearingAnswered(Long applicationId, String answer, int documents) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.HEARING_ANSWERED;
	}

	@Override
	public String text() {
		return this.answer;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.number(this.documents));
	}

}
