package de.foerderfluss.disbursement.events;

import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;
import de.foerderfluss.shared.Money;

/** A reviewer checked a fund call as factually correct, or not. */
public record FundCallVerified(Long fundCallId, Long applicationId, Money amount,
		boolean correct) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return this.correct ? CaseAction.FUND_CALL_VERIFIED : CaseAction.FUND_CALL_NOT_CORRECT;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.number(this.fundCallId), HistoryValue.amount(this.amount));
	}

}
