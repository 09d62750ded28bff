package de.foerderfluss.workflow;

import java.util.Map;

import de.foerderfluss.shared.ConcurrentChangeException;
import de.foerderfluss.shared.CurrentActor;
import de.foerderfluss.shared.StepNotAllowedException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Finds the open user task of a case and completes it on behalf of the current person.
 */
@Component
class OpenTasks {

	private final TaskService taskService;

	private final RuntimeService runtime;

	private final ManagementService management;

	OpenTasks(TaskService taskService, RuntimeService runtime, ManagementService management) {
		this.taskService = taskService;
		this.runtime = runtime;
		this.management = management;
	}

	void completeCaseTask(Long applicationId, String taskKey, Map<String, Object> variables) {
		complete(LifecycleModel.LIFECYCLE_PROCESS, applicationId, taskKey, variables);
	}

	/** Completes the case's task if it is open; answers whether it was. */
	boolean completeCaseTaskIfOpen(Long applicationId, String taskKey) {
		Task task = this.taskService.createTaskQuery()
			.processDefinitionKey(LifecycleModel.LIFECYCLE_PROCESS)
			.processInstanceBusinessKey(applicationId.toString())
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task == null) {
			return false;
		}
		complete(LifecycleModel.LIFECYCLE_PROCESS, applicationId, taskKey, Map.of());
		return true;
	}

	void completeFundCallTask(Long fundCallId, String taskKey, Map<String, Object> variables) {
		complete(LifecycleModel.FUND_CALL_PROCESS, fundCallId, taskKey, variables);
	}

	private void complete(String processKey, Long businessKey, String taskKey, Map<String, Object> variables) {
		Task task = this.taskService.createTaskQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey.toString())
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task == null) {
			throw preparing(processKey, businessKey) ? new StepNotAllowedException("error.step-in-preparation")
					: new StepNotAllowedException("error.task-not-open", taskKey);
		}
		// The person who took the step is recorded as the task's assignee in the history.
		try {
			this.taskService.setAssignee(task.getId(), CurrentActor.name());
			this.taskService.complete(task.getId(), variables);
		}
		catch (OptimisticLockingException ex) {
			throw new ConcurrentChangeException(ex);
		}
	}

	/**
	 * Whether the process is between two steps: a notice or another step behind an
	 * asynchronous boundary has not run yet, so the next task does not exist yet.
	 */
	private boolean preparing(String processKey, Long businessKey) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey.toString())
			.list()
			.stream()
			.anyMatch((instance) -> this.management.createJobQuery()
				.processInstanceId(instance.getId())
				.messages()
				.count() > 0);
	}

}
