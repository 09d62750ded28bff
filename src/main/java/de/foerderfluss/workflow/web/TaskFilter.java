package de.foerderfluss.workflow.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import de.foerderfluss.workflow.TaskInbox.InboxTask;
import jakarta.validation.constraints.Size;
import org.springframework.util.StringUtils;

/**
 * The filters and the order of the task list as GET parameters: task type, module,
 * municipality, due state, a text found in file number, title or carrier, and the sort.
 */
record TaskFilter(String type, String module, String municipality, Due due, @Size(max = 100) String q, Order sort) {

	/** "Due soon" looks this far ahead. */
	static final Duration SOON = Duration.ofDays(7);

	/** Which due dates a filter keeps. */
	enum Due {

		OVERDUE, WITHIN_WEEK, NO_DUE_DATE

	}

	/** The orders the list offers, each in the direction a case worker works in. */
	enum Order {

		DUE(Comparator.comparing(InboxTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(InboxTask::created)),

		CREATED(Comparator.comparing(InboxTask::created)),

		FILE_NUMBER(Comparator.comparing(InboxTask::fileNumber).thenComparing(InboxTask::created));

		private final Comparator<InboxTask> comparator;

		Order(Comparator<InboxTask> comparator) {
			this.comparator = comparator;
		}

	}

	Order order() {
		return (this.sort != null) ? this.sort : Order.DUE;
	}

	Comparator<InboxTask> comparator() {
		return order().comparator;
	}

	boolean matches(InboxTask task, Instant now) {
		return matches(this.type, task.type()) && matches(this.module, task.module())
				&& matches(this.municipality, task.municipality()) && dueMatches(task, now) && textMatches(task);
	}

	/** Whether anything narrows the list (the order does not). */
	boolean isEmpty() {
		return !StringUtils.hasText(this.type) && !StringUtils.hasText(this.module)
				&& !StringUtils.hasText(this.municipality) && this.due == null && !StringUtils.hasText(this.q);
	}

	/** The parameters to come back to the same list, e.g. after a claim. */
	Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		put(parameters, "type", this.type);
		put(parameters, "module", this.module);
		put(parameters, "municipality", this.municipality);
		put(parameters, "due", (this.due != null) ? this.due.name() : null);
		put(parameters, "q", this.q);
		put(parameters, "sort", (this.sort != null) ? this.sort.name() : null);
		return parameters;
	}

	/** The same filter without its text, for a text that was refused. */
	TaskFilter withoutText() {
		return new TaskFilter(this.type, this.module, this.municipality, this.due, null, this.sort);
	}

	static DueState dueState(InboxTask task, Instant now) {
		if (task.due() == null) {
			return DueState.NONE;
		}
		if (task.isOverdue(now)) {
			return DueState.OVERDUE;
		}
		return task.due().isAfter(now.plus(SOON)) ? DueState.LATER : DueState.SOON;
	}

	private boolean dueMatches(InboxTask task, Instant now) {
		if (this.due == null) {
			return true;
		}
		DueState state = dueState(task, now);
		return switch (this.due) {
			case OVERDUE -> state == DueState.OVERDUE;
			case WITHIN_WEEK -> state == DueState.SOON;
			case NO_DUE_DATE -> state == DueState.NONE;
		};
	}

	private boolean textMatches(InboxTask task) {
		if (!StringUtils.hasText(this.q)) {
			return true;
		}
		String text = this.q.strip().toLowerCase(Locale.GERMAN);
		return contains(task.fileNumber(), text) || contains(task.title(), text) || contains(task.carrierName(), text);
	}

	private static boolean contains(String value, String text) {
		return value != null && value.toLowerCase(Locale.GERMAN).contains(text);
	}

	private static boolean matches(String wanted, String value) {
		return !StringUtils.hasText(wanted) || wanted.equals(value);
	}

	private static void put(Map<String, String> parameters, String name, String value) {
		if (StringUtils.hasText(value)) {
			parameters.put(name, value);
		}
	}

	/** Where a task stands against its due date. */
	enum DueState {

		OVERDUE, SOON, LATER, NONE

	}

}
