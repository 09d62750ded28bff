package de.foerderfluss.workflow;

import java.util.List;
import java.util.Map;

import de.foerderfluss.testing.ApiTest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static de.foerderfluss.testing.TestFixtures.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Behind the HTTP rules, the engine itself lets a signed-in administrator read and retry
 * jobs, and nothing more.
 */
class OperatorAccessApiTest extends ApiTest {

	@Autowired
	private IdentityService identity;

	@Autowired
	private TaskService tasks;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	@Autowired
	private RepositoryService repository;

	private Task task;

	@BeforeEach
	void anAdministratorSignedInToCockpit() {
		long id = approved(this.fixtures.programme(Map.of("B", 10_000)), "B", "1000.00");
		this.task = this.tasks.createTaskQuery()
			.processVariableValueEquals(ProcessVariables.APPLICATION_ID, id)
			.singleResult();
		this.identity.setAuthentication(ADMIN, List.of(OperatorAccess.OPERATORS_GROUP));
	}

	@AfterEach
	void signOut() {
		this.identity.clearAuthentication();
	}

	@Test
	void readsProcessesTasksAndModels() {
		assertThat(
				this.runtime.createProcessInstanceQuery().processInstanceId(this.task.getProcessInstanceId()).count())
			.isOne();
		assertThat(this.tasks.createTaskQuery().taskId(this.task.getId()).count()).isOne();
		assertThat(this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(LifecycleModel.LIFECYCLE_PROCESS)
			.count()).isPositive();
	}

	@Test
	void retriesJobs() {
		Job timer = this.management.createJobQuery().processInstanceId(this.task.getProcessInstanceId()).list().get(0);
		this.management.setJobRetries(timer.getId(), 4);
		assertThat(this.management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(4);
	}

	@Test
	void changesNothing() {
		String instance = this.task.getProcessInstanceId();
		assertThatExceptionOfType(AuthorizationException.class)
			.isThrownBy(() -> this.tasks.complete(this.task.getId()));
		assertThatExceptionOfType(AuthorizationException.class)
			.isThrownBy(() -> this.runtime.setVariable(instance, ProcessVariables.COMPLETE, true));
		assertThatExceptionOfType(AuthorizationException.class)
			.isThrownBy(() -> this.runtime.deleteProcessInstance(instance, "test"));
		assertThatExceptionOfType(AuthorizationException.class)
			.isThrownBy(() -> this.runtime.startProcessInstanceByKey(LifecycleModel.LIFECYCLE_PROCESS));
		assertThatExceptionOfType(AuthorizationException.class).isThrownBy(() -> this.repository.createDeployment()
			.addString("foreign.bpmn", "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>")
			.deploy());
	}

}
