package de.foerderfluss.disbursement.events;

import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;

/** The statement of a payout was printed; every print after the first is a copy. */
public record StatementPrinted(Long payoutId, Long applicationId, int printNumber) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.STATEMENT_PRINTED;
	}

	@Override
	public List<HistoryValue> values() {
		return List.of(HistoryValue.number(this.payoutId), HistoryValue.number(this.printNumber));
	}

}
