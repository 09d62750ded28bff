package de.foerderfluss.audit;

import java.util.List;

/**
 * A domain event that the case's history records: the event itself carries the facts, the
 * audit log keeps them in the transaction of the step. A detail is either a text as a
 * person (or a decision table) wrote it, or values that the action's pattern puts into
 * words; most steps have neither.
 */
public interface CaseHistoryEvent {

	Long applicationId();

	CaseAction action();

	default StatusChange statusChange() {
		return StatusChange.NONE;
	}

	/** A text shown as written: a reason, a note, what is missing. */
	default String text() {
		return null;
	}

	/** Values for the action's pattern. */
	default List<HistoryValue> values() {
		return List.of();
	}

}
