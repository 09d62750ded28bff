package de.foerderfluss.review.events;

import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.audit.CaseHistoryEvent;

/**
 * A case worker permitted or refused to let the measure start before the approval; the
 * letter that says so follows.
 */
public record EarlyStartDecided(Long applicationId, boolean permitted, String reason) implements CaseHistoryEvent {

	@Override
	public CaseAction action() {
		return this.permitted ? CaseAction.EARLY_START_PERMITTED : CaseAction.EARLY_START_REFUSED;
	}

	@Override
	public String text() {
		return this.reason;
	}

}
