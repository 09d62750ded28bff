package de.foerderfluss.workflow;

import java.util.List;

import de.foerderfluss.security.AccessChanged;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the tasks a person has taken on back to the team once they may no longer work on
 * them: disabled, or without the group the task is offered to. Otherwise such a task
 * would wait, claimed, for somebody who cannot sign in or open it. Runs in the
 * administrator's transaction, so the change of access and the released tasks go
 * together.
 */
@Component
class ClaimsOfWithdrawnAccess {

	private static final Logger log = LoggerFactory.getLogger(ClaimsOfWithdrawnAccess.class);

	private final TaskService taskService;

	ClaimsOfWithdrawnAccess(TaskService taskService) {
		this.taskService = taskService;
	}

	@EventListener
	void accessChanged(AccessChanged change) {
		List<String> groups = TaskInbox.groupsOf(change.roles(), change.carrierId());
		for (Task task : this.taskService.createTaskQuery().taskAssignee(change.username()).list()) {
			if (!change.enabled() || !offeredToAny(task, groups)) {
				this.taskService.setAssignee(task.getId(), null);
				log.info("Task {} ({}) given back to the team: {} may no longer work on it", task.getId(),
						task.getTaskDefinitionKey(), change.username());
			}
		}
	}

	private boolean offeredToAny(Task task, List<String> groups) {
		return this.taskService.getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.map(IdentityLink::getGroupId)
			.anyMatch(groups::contains);
	}

}
