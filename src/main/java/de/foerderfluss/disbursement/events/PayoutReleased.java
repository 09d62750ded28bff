package de.foerderfluss.disbursement.events;

import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;
import de.foerderfluss.shared.Money;

/**
 * Finance released a payout of this amount; it is booked against the budget, and the case
 * has been paid this much in all.
 */
public record PayoutReleased(Long payoutId, Long fundCallId, Long applicationId, Money amount,
		Money paidInAll) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.PAYOUT_RELEASED;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.number(this.payoutId), HistoryValue.amount(this.amount));
	}

}
