package de.foerderfluss.workflow.web;

import java.time.Instant;
import java.util.List;

import de.foerderfluss.security.Actor;
import de.foerderfluss.workflow.TaskInbox;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TaskController {

	private final TaskInbox inbox;

	TaskController(TaskInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/api/v1/tasks")
	List<TaskView> tasks() {
		return this.inbox.tasksOf(Actor.current()).stream().map(TaskView::of).toList();
	}

	record TaskView(String id, String name, String type, Long applicationId, String fileNumber, Long fundCallId,
			String assignee, Instant created, Instant due) {

		static TaskView of(TaskInbox.InboxTask task) {
			return new TaskView(task.id(), task.name(), task.type(), task.applicationId(), task.fileNumber(),
					task.fundCallId(), task.assignee(), task.created(), task.due());
		}

	}

}
