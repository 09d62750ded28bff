package de.foerderfluss.workflow.web;

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
	List<TaskInbox.InboxTask> tasks() {
		return this.inbox.tasksOf(Actor.current());
	}

}
