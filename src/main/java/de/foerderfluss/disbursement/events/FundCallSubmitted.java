package de.foerderfluss.disbursement.events;

import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;
import de.foerderfluss.shared.Money;

/** A carrier called this amount, needed on this day. */
public record FundCallSubmitted(Long fundCallId, Long applicationId, Money amount,
		LocalDate neededOn) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.FUND_CALL_SUBMITTED;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.number(this.fundCallId), HistoryValue.amount(this.amount));
	}

}
