package de.foerderfluss.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What is open on a case: the next steps, who has to take them, by when, and the page to
 * take them on; and the notices still being prepared.
 */
public interface CaseOutlook {

	/** The open steps of each of the given applications, earliest due first. */
	Map<Long, List<OpenStep>> openSteps(Collection<Long> applicationIds);

	default List<OpenStep> openSteps(Long applicationId) {
		return openSteps(List.of(applicationId)).getOrDefault(applicationId, List.of());
	}

	/**
	 * The notices of the case that the engine is still preparing: a notice is rendered
	 * and archived after the decision that orders it has been committed.
	 */
	List<NoticeInPreparation> noticesInPreparation(Long applicationId);

	/** Whose turn a step is. */
	enum Party {

		CARRIER, REVIEWER, APPROVER, FINANCE

	}

	/**
	 * One open step: the task's name in business language, the party whose turn it is,
	 * the person who took it on (if anyone), its due date and the page to take it on.
	 */
	record OpenStep(String taskId, String taskKey, String name, Party party, String assignee, Instant created,
			Instant due, String formPath) {

		public boolean isOverdue(Instant now) {
			return this.due != null && this.due.isBefore(now);
		}

	}

	/**
	 * A notice on its way; {@code stalled} once every attempt to render it has failed and
	 * an operator has to look at the incident.
	 */
	record NoticeInPreparation(DocumentKind kind, boolean stalled) {
	}

}
