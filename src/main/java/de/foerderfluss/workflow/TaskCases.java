package de.foerderfluss.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Which application and fund call each task's process belongs to, in one query. */
@Component
class TaskCases {

	private final RuntimeService runtime;

	TaskCases(RuntimeService runtime) {
		this.runtime = runtime;
	}

	Map<String, CaseIds> idsOf(List<Task> tasks) {
		Map<String, CaseIds> ids = new HashMap<>();
		if (tasks.isEmpty()) {
			return ids;
		}
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
		variables.forEach((instance, values) -> {
			Long applicationId = toLong(values.get(ProcessVariables.APPLICATION_ID));
			if (applicationId != null) {
				ids.put(instance, new CaseIds(applicationId, toLong(values.get(ProcessVariables.FUND_CALL_ID))));
			}
		});
		return ids;
	}

	private static Long toLong(Object value) {
		return (value instanceof Number number) ? number.longValue() : null;
	}

	/** The application of a process and, for a fund call's process, the fund call. */
	record CaseIds(Long applicationId, Long fundCallId) {
	}

}
