package de.foerderfluss.disbursement.events;

import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;
import de.foerderfluss.shared.Money;

/** An open fund call was cancelled because its application was withdrawn. */
public record FundCallCancelled(Long fundCallId, Long applicationId, Money amount) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.FUND_CALL_CANCELLED;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.number(this.fundCallId), HistoryValue.amount(this.amount));
	}

}
