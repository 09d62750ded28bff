package de.foerderfluss.application.events;

import java.util.List;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.audit.HistoryValue;
import de.foerderfluss.shared.Money;

/**
 * The rules decided whether the application is eligible and how much it may get at most;
 * an ineligible one carries the rules' reason.
 */
public record EligibilityChecked(Long applicationId, boolean eligible, Money maximum,
		String reason) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return CaseAction.ELIGIBILITY_CHECKED;
	}

	@Override
	public String text() {
		return this.eligible ? null : this.reason;
	}

	@Override
	public List<HistoryValue> values() {
		return this.eligible ? List.of(HistoryValue.amount(this.maximum)) : List.of();
	}

}
