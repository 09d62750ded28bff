package de.foerderfluss.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.foerderfluss.application.CaseOutlook;
import de.foerderfluss.application.DocumentKind;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open steps of cases, read from the user tasks of their lifecycle and fund call
 * processes.
 */
@Component
class CaseTasks implements CaseOutlook {

	private static final Comparator<OpenStep> EARLIEST_DUE_FIRST = Comparator
		.comparing(OpenStep::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(OpenStep::created);

	private final TaskService taskService;

	private final TaskCases taskCases;

	private final RuntimeService runtime;

	private final ManagementService management;

	CaseTasks(TaskService taskService, TaskCases taskCases, RuntimeService runtime, ManagementService management) {
		this.taskService = taskService;
		this.taskCases = taskCases;
		this.runtime = runtime;
		this.management = management;
	}

	@Override
	public Map<Long, List<OpenStep>> openSteps(Collection<Long> applicationIds) {
		Map<Long, List<OpenStep>> steps = new HashMap<>();
		if (applicationIds.isEmpty()) {
			return steps;
		}
		List<Task> tasks = new ArrayList<>(this.taskService.createTaskQuery()
			.processDefinitionKey(LifecycleModel.LIFECYCLE_PROCESS)
			.processInstanceBusinessKeyIn(applicationIds.stream().map(String::valueOf).toArray(String[]::new))
			.active()
			.list());
		// Open fund calls are few: their tasks are all read and matched by application.
		tasks.addAll(this.taskService.createTaskQuery()
			.processDefinitionKey(LifecycleModel.FUND_CALL_PROCESS)
			.active()
			.list());
		Set<Long> wanted = Set.copyOf(applicationIds);
		Map<String, TaskCases.CaseIds> ids = this.taskCases.idsOf(tasks);
		for (Task task : tasks) {
			TaskCases.CaseIds caseIds = ids.get(task.getProcessInstanceId());
			if (caseIds != null && wanted.contains(caseIds.applicationId())) {
				steps.computeIfAbsent(caseIds.applicationId(), (id) -> new ArrayList<>()).add(step(task, caseIds));
			}
		}
		steps.values().forEach((list) -> list.sort(EARLIEST_DUE_FIRST));
		return steps;
	}

	@Override
	public List<NoticeInPreparation> noticesInPreparation(Long applicationId) {
		ProcessInstance lifecycle = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(LifecycleModel.LIFECYCLE_PROCESS)
			.processInstanceBusinessKey(applicationId.toString())
			.singleResult();
		if (lifecycle == null) {
			return List.of();
		}
		List<NoticeInPreparation> notices = new ArrayList<>();
		for (Job job : this.management.createJobQuery().processInstanceId(lifecycle.getId()).messages().list()) {
			String activity = this.management.createJobDefinitionQuery()
				.jobDefinitionId(job.getJobDefinitionId())
				.singleResult()
				.getActivityId();
			DocumentKind kind = LifecycleModel.NOTICE_TASKS.get(activity);
			if (kind != null) {
				notices.add(new NoticeInPreparation(kind, job.getRetries() == 0));
			}
		}
		return notices;
	}

	private static OpenStep step(Task task, TaskCases.CaseIds ids) {
		String key = task.getTaskDefinitionKey();
		return new OpenStep(task.getId(), key, task.getName(), TaskForms.partyOf(key), task.getAssignee(),
				task.getCreateTime().toInstant(), (task.getDueDate() != null) ? task.getDueDate().toInstant() : null,
				TaskForms.pathOf(key, ids.applicationId(), ids.fundCallId()));
	}

}
