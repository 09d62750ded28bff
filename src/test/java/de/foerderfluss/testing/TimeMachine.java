package de.foerderfluss.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import de.foerderfluss.workflow.PendingSteps;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Moves the business clock and the engine clock together, and fires the timers of one
 * case that have become due. Every test starts on the same Monday morning in March 2026.
 */
public class TimeMachine {

	public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	public static final Instant START = ZonedDateTime.parse("2026-03-02T09:00:00+01:00[Europe/Berlin]").toInstant();

	private final MutableClock clock;

	private final ManagementService management;

	private final RuntimeService runtime;

	private final PendingSteps pending;

	public TimeMachine(MutableClock clock, ManagementService management, RuntimeService runtime, PendingSteps pending) {
		this.clock = clock;
		this.management = management;
		this.runtime = runtime;
		this.pending = pending;
	}

	public void reset() {
		moveTo(START);
	}

	public void advance(Duration duration) {
		moveTo(this.clock.instant().plus(duration));
	}

	/**
	 * Fires, in order of due date, the timers of the application's processes that are due
	 * now, each followed by the steps it sets off behind an asynchronous boundary (such
	 * as the reminder); answers the timers fired.
	 */
	public List<String> fireDueTimers(Long applicationId) {
		List<String> fired = new ArrayList<>();
		Job next;
		while ((next = nextDueJob(applicationId)) != null) {
			fired.add(this.management.createJobDefinitionQuery()
				.jobDefinitionId(next.getJobDefinitionId())
				.singleResult()
				.getActivityId());
			this.management.executeJob(next.getId());
			this.pending.runFor(applicationId);
		}
		return fired;
	}

	private Job nextDueJob(Long applicationId) {
		String[] instances = this.runtime.createProcessInstanceQuery()
			.variableValueEquals("applicationId", applicationId)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toArray(String[]::new);
		if (instances.length == 0) {
			return null;
		}
		List<Job> due = this.management.createJobQuery()
			.processInstanceIds(java.util.Set.of(instances))
			.timers()
			.executable()
			.orderByJobDuedate()
			.asc()
			.listPage(0, 1);
		return due.isEmpty() ? null : due.get(0);
	}

	private void moveTo(Instant instant) {
		this.clock.set(instant);
		ClockUtil.setCurrentTime(Date.from(instant));
	}

}
