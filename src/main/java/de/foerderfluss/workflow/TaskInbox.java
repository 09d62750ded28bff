package de.foerderfluss.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.Applications;
import de.foerderfluss.security.Actor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks a person may work on: assigned to them or offered to one of their
 * groups.
 */
@Service
@Transactional(readOnly = true)
public class TaskInbox {

	private final TaskService taskService;

	private final RuntimeService runtime;

	private final Applications applications;

	TaskInbox(TaskService taskService, RuntimeService runtime, Applications applications) {
		this.taskService = taskService;
		this.runtime = runtime;
		this.applications = applications;
	}

	public List<InboxTask> tasksOf(Actor actor) {
		List<Task> tasks = this.taskService.createTaskQuery()
			.or()
			.taskAssignee(actor.username())
			.taskCandidateGroupIn(groupsOf(actor))
			.endOr()
			.active()
			.orderByTaskCreateTime()
			.asc()
			.list();
		if (tasks.isEmpty()) {
			return List.of();
		}
		Map<String, Map<String, Object>> variables = idsOf(tasks);
		Map<Long, Application> cases = this.applications
			.findByIdIn(variables.values()
				.stream()
				.map((vars) -> toLong(vars.get(ProcessVariables.APPLICATION_ID)))
				.collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Application::getId, Function.identity()));

		return tasks.stream().map((task) -> {
			Map<String, Object> vars = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
			Long applicationId = toLong(vars.get(ProcessVariables.APPLICATION_ID));
			Application application = cases.get(applicationId);
			return new InboxTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), applicationId,
					(application != null) ? application.getFileNumber() : null,
					toLong(vars.get(ProcessVariables.FUND_CALL_ID)), task.getAssignee(),
					task.getCreateTime().toInstant(),
					(task.getDueDate() != null) ? task.getDueDate().toInstant() : null);
		}).filter((task) -> actor.maySee(carrierOf(cases, task))).toList();
	}

	static List<String> groupsOf(Actor actor) {
		List<String> groups = new ArrayList<>(actor.roles().stream().map(Enum::name).toList());
		if (actor.carrierId() != null) {
			groups.add(LifecycleModel.carrierGroup(actor.carrierId()));
		}
		return groups;
	}

	private Map<String, Map<String, Object>> idsOf(List<Task> tasks) {
		String[] instanceIds = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
		Map<String, Map<String, Object>> variables = new HashMap<>();
		for (VariableInstance variable : this.runtime.createVariableInstanceQuery()
			.processInstanceIdIn(instanceIds)
			.variableNameIn(ProcessVariables.APPLICATION_ID, ProcessVariables.FUND_CALL_ID)
			.list()) {
			if (variable.getProcessInstanceId().equals(variable.getExecutionId())) {
				variables.computeIfAbsent(variable.getProcessInstanceId(), (id) -> new HashMap<>())
					.put(variable.getName(), variable.getValue());
			}
		}
		return variables;
	}

	private static Long carrierOf(Map<Long, Application> cases, InboxTask task) {
		Application application = cases.get(task.applicationId());
		return (application != null) ? application.getCarrierId() : null;
	}

	private static Long toLong(Object value) {
		return (value instanceof Number number) ? number.longValue() : null;
	}

	/** One open task as the inbox lists it. */
	public record InboxTask(String id, String name, String type, Long applicationId, String fileNumber, Long fundCallId,
			String assignee, Instant created, Instant due) {
	}

}
