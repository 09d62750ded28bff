package de.foerderfluss.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.foerderfluss.application.Application;
import de.foerderfluss.security.UserDirectory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The processes of a case as drawings: the lifecycle, running or finished, and the fund
 * calls still open. Where the case is comes from the engine's runtime, what it passed
 * from its history; the drawing is the model the instance runs on.
 */
@Component
class ProcessDiagrams {

	/** The kinds of step the text alternative lists as done. */
	private static final Set<String> LISTED_STEPS = Set.of("userTask", "serviceTask", "businessRuleTask",
			"noneEndEvent");

	private final RuntimeService runtime;

	private final HistoryService history;

	private final RepositoryService repository;

	private final UserDirectory users;

	private final MessageSourceAccessor messages;

	ProcessDiagrams(RuntimeService runtime, HistoryService history, RepositoryService repository, UserDirectory users,
			MessageSourceAccessor messages) {
		this.runtime = runtime;
		this.history = history;
		this.repository = repository;
		this.users = users;
		this.messages = messages;
	}

	/** The drawings of the case; none when no process ever ran for it. */
	Optional<CaseDiagrams> of(Application application) {
		List<HistoricProcessInstance> lifecycles = this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(LifecycleModel.LIFECYCLE_PROCESS)
			.processInstanceBusinessKey(application.getId().toString())
			.orderByProcessInstanceStartTime()
			.desc()
			.listPage(0, 1);
		if (lifecycles.isEmpty()) {
			return Optional.empty();
		}
		List<Diagram> diagrams = new ArrayList<>();
		diagrams.add(diagram(lifecycles.get(0), "process-" + application.getId(),
				this.messages.getMessage("workflow.diagram.lifecycle", new Object[] { application.getFileNumber() })));
		for (ProcessInstance fundCall : this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(LifecycleModel.FUND_CALL_PROCESS)
			.variableValueEquals(ProcessVariables.APPLICATION_ID, application.getId())
			.orderByProcessInstanceId()
			.asc()
			.list()) {
			HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
				.processInstanceId(fundCall.getId())
				.singleResult();
			diagrams.add(diagram(instance, "fund-call-" + fundCall.getBusinessKey(), this.messages
				.getMessage("workflow.diagram.fund-call", new Object[] { fundCall.getBusinessKey() })));
		}
		return Optional.of(new CaseDiagrams(application.getId(), diagrams));
	}

	private Diagram diagram(HistoricProcessInstance instance, String id, String title) {
		BpmnModelInstance model = this.repository.getBpmnModelInstance(instance.getProcessDefinitionId());
		List<HistoricActivityInstance> activities = this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.orderPartiallyByOccurrence()
			.asc()
			.list();
		Set<String> active = new HashSet<>(activeIds(instance));
		Set<String> passed = new HashSet<>();
		List<Step> done = new ArrayList<>();
		for (HistoricActivityInstance activity : activities) {
			// A step cut short by a timer or a withdrawal was not passed.
			if (activity.getEndTime() != null && !activity.isCanceled()) {
				passed.add(activity.getActivityId());
				if (LISTED_STEPS.contains(activity.getActivityType()) && activity.getActivityName() != null) {
					done.add(new Step(activity.getActivityName(), activity.getEndTime().toInstant(),
							(activity.getAssignee() != null) ? this.users.displayName(activity.getAssignee()) : null,
							null));
				}
			}
		}
		List<Step> current = activities.stream()
			.filter((activity) -> activity.getEndTime() == null && active.contains(activity.getActivityId()))
			.map((activity) -> new Step(name(model, activity.getActivityId()), activity.getStartTime().toInstant(),
					null, id + "-" + activity.getActivityId()))
			.toList();
		Step outcome = (instance.getEndTime() == null) ? null : activities.stream()
			.filter((activity) -> activity.getActivityType().endsWith("EndEvent") && activity.getEndTime() != null)
			.max(Comparator.comparing(HistoricActivityInstance::getEndTime))
			.map((end) -> new Step(name(model, end.getActivityId()), end.getEndTime().toInstant(), null,
					id + "-" + end.getActivityId()))
			.orElse(new Step(null, instance.getEndTime().toInstant(), null, null));
		String description = (outcome != null)
				? this.messages.getMessage("workflow.diagram.desc-finished", new Object[] { outcome.name() })
				: current.isEmpty() ? this.messages.getMessage("workflow.diagram.desc-moving")
						: this.messages.getMessage("workflow.diagram.desc-current",
								new Object[] { String.join(", ", current.stream().map(Step::name).toList()) });
		String svg = ProcessDiagramRenderer.render(model, id, new ProcessDiagramRenderer.State(active, passed),
				new ProcessDiagramRenderer.Text(title, description,
						this.messages.getMessage("workflow.diagram.note-active"),
						this.messages.getMessage("workflow.diagram.note-passed")));
		return new Diagram(id, title, svg, current, done, outcome);
	}

	/** Where a running instance is now: its active activities, read from the runtime. */
	private List<String> activeIds(HistoricProcessInstance instance) {
		if (instance.getEndTime() != null) {
			return List.of();
		}
		ProcessInstance running = this.runtime.createProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult();
		return (running != null) ? this.runtime.getActiveActivityIds(running.getId()) : List.of();
	}

	private static String name(BpmnModelInstance model, String activityId) {
		return (model.getModelElementById(activityId) instanceof FlowNode node && node.getName() != null)
				? node.getName() : activityId;
	}

	/** The drawings of one case, the lifecycle first. */
	public record CaseDiagrams(Long applicationId, List<Diagram> diagrams) {
	}

	/**
	 * One process drawn: the SVG, and the same as text: the current steps, the steps done
	 * and, for a finished process, how it ended.
	 */
	public record Diagram(String id, String title, String svg, List<Step> current, List<Step> done, Step outcome) {

		public boolean finished() {
			return this.outcome != null;
		}

	}

	/**
	 * A step with when it began (current) or ended (done), who took it, and the id of its
	 * shape in the drawing, to jump to.
	 */
	public record Step(String name, Instant at, String by, String shapeId) {
	}

}
