package de.foerderfluss.workflow.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.DomainException;
import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.NotFoundException;
import de.foerderfluss.web.PageController;
import de.foerderfluss.workflow.TaskInbox;
import de.foerderfluss.workflow.TaskInbox.InboxTask;
import de.foerderfluss.workflow.web.TaskFilter.DueState;
import jakarta.validation.Valid;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task list of KI staff and finance: the tasks one has taken on, and the team's open
 * tasks, offered to one's roles or taken on by a colleague. Taking a task on shows the
 * team who works on it; the task's form is where the step is taken.
 */
@PageController
class TaskListPageController {

	private final TaskInbox inbox;

	private final MessageSourceAccessor messages;

	private final Clock clock;

	TaskListPageController(TaskInbox inbox, MessageSourceAccessor messages, Clock clock) {
		this.inbox = inbox;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/aufgaben")
	String tasks(@Valid @ModelAttribute("filter") TaskFilter filter, BindingResult binding, Model model) {
		Actor actor = Actor.current();
		TaskFilter effective = binding.hasFieldErrors("q") ? filter.withoutText() : filter;
		Instant now = this.clock.instant();
		List<InboxTask> all = Stream
			.concat(this.inbox.tasksOf(actor).stream(), this.inbox.takenByColleagues(actor).stream())
			.toList();
		List<InboxTask> shown = all.stream()
			.filter((task) -> effective.matches(task, now))
			.sorted(effective.comparator())
			.toList();
		List<TaskRow> mine = rows(shown.stream().filter((task) -> actor.username().equals(task.assignee())), actor,
				now);
		List<TaskRow> team = rows(shown.stream().filter((task) -> !actor.username().equals(task.assignee())), actor,
				now);
		model.addAttribute("mineTotal",
				all.stream().filter((task) -> actor.username().equals(task.assignee())).count());
		model.addAttribute("teamTotal",
				all.stream().filter((task) -> !actor.username().equals(task.assignee())).count());
		model.addAttribute("mine", mine);
		model.addAttribute("team", team);
		model.addAttribute("total", all.size());
		model.addAttribute("overdue", Stream.concat(mine.stream(), team.stream()).filter(TaskRow::overdue).count());
		model.addAttribute("filtered", !filter.isEmpty());
		model.addAttribute("order", effective.order());
		model.addAttribute("back", effective.parameters());
		model.addAttribute("types", options(all, InboxTask::type, InboxTask::name));
		model.addAttribute("modules", options(all, InboxTask::module, InboxTask::module));
		model.addAttribute("municipalities", options(all, InboxTask::municipality, InboxTask::municipality));
		model.addAttribute("dues", TaskFilter.Due.values());
		model.addAttribute("orders", TaskFilter.Order.values());
		return "workflow/tasks";
	}

	@PostMapping("/aufgaben/{taskId}/uebernehmen")
	String claim(@PathVariable String taskId, @ModelAttribute("filter") TaskFilter filter, BindingResult binding,
			RedirectAttributes redirect) {
		Actor actor = Actor.current();
		return act(filter, redirect, "workflow.tasks.claimed", () -> {
			this.inbox.claim(actor, taskId);
			return task(actor, taskId);
		});
	}

	@PostMapping("/aufgaben/{taskId}/zurueckgeben")
	String unclaim(@PathVariable String taskId, @ModelAttribute("filter") TaskFilter filter, BindingResult binding,
			RedirectAttributes redirect) {
		Actor actor = Actor.current();
		return act(filter, redirect, "workflow.tasks.returned", () -> {
			Optional<InboxTask> task = task(actor, taskId);
			this.inbox.unclaim(actor, taskId);
			return task;
		});
	}

	/**
	 * Takes the step and returns to the same list; a refusal changes nothing and is shown
	 * at the top of the list.
	 */
	private String act(TaskFilter filter, RedirectAttributes redirect, String done,
			Supplier<Optional<InboxTask>> step) {
		try {
			step.get()
				.ifPresent((task) -> redirect.addFlashAttribute("success",
						this.messages.getMessage(done, new Object[] { task.name(), task.fileNumber() })));
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("refusal", this.messages.getMessage("workflow.tasks.gone"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("refusal", this.messages.getMessage(ex));
		}
		filter.parameters().forEach(redirect::addAttribute);
		return "redirect:/aufgaben";
	}

	private Optional<InboxTask> task(Actor actor, String taskId) {
		return this.inbox.tasksOf(actor).stream().filter((task) -> task.id().equals(taskId)).findFirst();
	}

	private List<TaskRow> rows(Stream<InboxTask> tasks, Actor actor, Instant now) {
		return tasks.map((task) -> TaskRow.of(task, actor, now)).toList();
	}

	/** The values that occur in one's tasks, so no filter leads to an empty list. */
	private static Map<String, String> options(List<InboxTask> tasks, Function<InboxTask, String> value,
			Function<InboxTask, String> label) {
		Map<String, String> options = new TreeMap<>();
		tasks.forEach((task) -> options.putIfAbsent(value.apply(task), label.apply(task)));
		return options.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * One task as the list shows it.
	 *
	 * @param dueState where the task stands against its due date
	 * @param mine whether the signed-in person took it on
	 * @param claimable whether it waits for someone to take it on
	 */
	public record TaskRow(String id, String name, String formPath, Long applicationId, String fileNumber, String title,
			String carrier, String module, String municipality, Instant created, LocalDate dueDay, DueState dueState,
			String assigneeName, boolean mine, boolean claimable) {

		static TaskRow of(InboxTask task, Actor actor, Instant now) {
			boolean mine = actor.username().equals(task.assignee());
			return new TaskRow(task.id(), task.name(), task.formPath(), task.applicationId(), task.fileNumber(),
					task.title(), task.carrierName(), task.module(), task.municipality(), task.created(),
					GermanDates.lastDay(task.due()), TaskFilter.dueState(task, now), task.assigneeName(), mine,
					task.assignee() == null);
		}

		public boolean overdue() {
			return this.dueState == DueState.OVERDUE;
		}

	}

}
