package de.foerderfluss.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.CaseOutlook.Party;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserDirectory;
import de.foerderfluss.shared.NotFoundException;
import de.foerderfluss.shared.StepNotAllowedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks a person may work on: assigned to them or offered, unassigned, to one of
 * their groups. Claiming a task shows the team who is working on it.
 */
@Service
@Transactional
public class TaskInbox {

	private final TaskService taskService;

	private final TaskCases taskCases;

	private final ApplicationLookup applications;

	private final ProgrammeCatalogue catalogue;

	private final Carriers carriers;

	private final UserDirectory users;

	TaskInbox(TaskService taskService, TaskCases taskCases, ApplicationLookup applications,
			ProgrammeCatalogue catalogue, Carriers carriers, UserDirectory users) {
		this.taskService = taskService;
		this.taskCases = taskCases;
		this.applications = applications;
		this.catalogue = catalogue;
		this.carriers = carriers;
		this.users = users;
	}

	@Transactional(readOnly = true)
	public List<InboxTask> tasksOf(Actor actor) {
		return inbox(actor,
				this.taskService.createTaskQuery()
					.or()
					.taskAssignee(actor.username())
					.taskCandidateGroupIn(groupsOf(actor))
					.endOr());
	}

	/**
	 * The tasks of the person's groups that colleagues have taken on, so the team sees
	 * who works on what.
	 */
	@Transactional(readOnly = true)
	public List<InboxTask> takenByColleagues(Actor actor) {
		return inbox(actor,
				this.taskService.createTaskQuery()
					.taskCandidateGroupIn(groupsOf(actor))
					.includeAssignedTasks()
					.taskAssigneeNotIn(actor.username()))
			.stream()
			.filter((task) -> task.assignee() != null)
			.toList();
	}

	private List<InboxTask> inbox(Actor actor, TaskQuery query) {
		List<Task> tasks = query.active().orderByTaskCreateTime().asc().list();
		if (tasks.isEmpty()) {
			return List.of();
		}
		Map<String, TaskCases.CaseIds> ids = this.taskCases.idsOf(tasks);
		Map<Long, Application> cases = this.applications
			.byIds(ids.values().stream().map(TaskCases.CaseIds::applicationId).collect(Collectors.toSet()));
		List<InboxTask> inbox = new ArrayList<>();
		for (Task task : tasks) {
			TaskCases.CaseIds caseIds = ids.get(task.getProcessInstanceId());
			Application application = (caseIds != null) ? cases.get(caseIds.applicationId()) : null;
			if (application != null && actor.maySee(application.getCarrierId())) {
				inbox.add(inboxTask(task, caseIds, application));
			}
		}
		return inbox;
	}

	/** Takes on a task of one's groups, so the team sees who works on it. */
	public void claim(Actor actor, String taskId) {
		Task task = visibleTask(actor, taskId);
		if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
			throw new StepNotAllowedException("error.task.claimed", this.users.displayName(task.getAssignee()));
		}
		this.taskService.setAssignee(taskId, actor.username());
	}

	/** Gives a task one has taken on back to the team. */
	public void unclaim(Actor actor, String taskId) {
		Task task = visibleTask(actor, taskId);
		if (!actor.username().equals(task.getAssignee())) {
			throw new StepNotAllowedException("error.task.not-yours");
		}
		this.taskService.setAssignee(taskId, null);
	}

	/**
	 * A task the person may see: their own, one offered to their groups, or one a
	 * colleague took on (so that a claim can say who has it).
	 */
	private Task visibleTask(Actor actor, String taskId) {
		return Stream.concat(tasksOf(actor).stream(), takenByColleagues(actor).stream())
			.filter((task) -> task.id().equals(taskId))
			.findFirst()
			.map((task) -> this.taskService.createTaskQuery().taskId(taskId).singleResult())
			.orElseThrow(() -> new NotFoundException("task", taskId));
	}

	private InboxTask inboxTask(Task task, TaskCases.CaseIds ids, Application application) {
		String carrierName = this.carriers.findById(application.getCarrierId()).map(Carrier::getName).orElse(null);
		return new InboxTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
				TaskForms.partyOf(task.getTaskDefinitionKey()), ids.applicationId(), application.getFileNumber(),
				application.getTitle(), carrierName, this.catalogue.module(application.getFundingModuleId()).getCode(),
				this.catalogue.municipality(application.getMunicipalityId()).getName(), ids.fundCallId(),
				task.getAssignee(), (task.getAssignee() != null) ? this.users.displayName(task.getAssignee()) : null,
				task.getCreateTime().toInstant(), (task.getDueDate() != null) ? task.getDueDate().toInstant() : null,
				TaskForms.pathOf(task.getTaskDefinitionKey(), ids.applicationId(), ids.fundCallId()));
	}

	static List<String> groupsOf(Actor actor) {
		return groupsOf(actor.roles(), actor.carrierId());
	}

	/**
	 * The candidate groups of tasks a person with these roles and carrier may work on.
	 */
	static List<String> groupsOf(Collection<Role> roles, Long carrierId) {
		List<String> groups = new ArrayList<>(roles.stream().map(Enum::name).toList());
		if (carrierId != null) {
			groups.add(LifecycleModel.carrierGroup(carrierId));
		}
		return groups;
	}

	/**
	 * One open task as the inbox lists it, with what the task list filters on: type,
	 * module, municipality and due date.
	 */
	public record InboxTask(String id, String name, String type, Party party, Long applicationId, String fileNumber,
			String title, String carrierName, String module, String municipality, Long fundCallId, String assignee,
			String assigneeName, Instant created, Instant due, String formPath) {

		public boolean isOverdue(Instant now) {
			return this.due != null && this.due.isBefore(now);
		}

	}

}
