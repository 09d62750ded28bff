package de.foerderfluss.workflow;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.BrowserSession;
import de.foerderfluss.testing.TestFixtures;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static de.foerderfluss.testing.TestFixtures.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators look at the engine through {@code /engine-rest} and retry failed jobs
 * there; tasks, processes, variables and models they cannot touch.
 */
class EngineRestLockdownApiTest extends ApiTest {

	@Autowired
	private TaskService tasks;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	private Task task;

	@BeforeEach
	void anApprovedApplicationWaitingForItsContract() {
		long id = approved(this.fixtures.programme(Map.of("B", 10_000)), "B", "1000.00");
		this.task = this.tasks.createTaskQuery()
			.processVariableValueEquals(ProcessVariables.APPLICATION_ID, id)
			.singleResult();
	}

	@Test
	void anAdministratorCannotCompleteATask() {
		Api.Response refused = expect(403,
				as(ADMIN).post("/engine-rest/task/" + this.task.getId() + "/complete", Map.of()));
		assertThat(refused.contentType()).startsWith("application/problem+json");
		expect(403, as(ADMIN).post("/engine-rest/task/" + this.task.getId() + "/claim", Map.of("userId", ADMIN)));
		expect(403, as(ADMIN).post("/engine-rest/engine/default/task/" + this.task.getId() + "/complete", Map.of()));

		assertThat(this.tasks.createTaskQuery().taskId(this.task.getId()).singleResult().getAssignee()).isNull();
		expect(200, as(ADMIN).get("/engine-rest/task/" + this.task.getId()));
	}

	@Test
	void anAdministratorCannotDeployAModel() {
		byte[] model = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>"
			.getBytes(StandardCharsets.UTF_8);
		expect(403, as(ADMIN).upload("/engine-rest/deployment/create", "foreign.bpmn", "application/xml", model));
	}

	@Test
	void anAdministratorCannotDeleteOrChangeAProcess() {
		String instance = this.task.getProcessInstanceId();
		expect(403, as(ADMIN).delete("/engine-rest/process-instance/" + instance));
		expect(403, as(ADMIN).put("/engine-rest/process-instance/" + instance + "/variables/approved",
				"{\"value\": false, \"type\": \"Boolean\"}"));
		expect(403, as(ADMIN).post("/engine-rest/process-instance/" + instance + "/variables",
				Map.of("modifications", Map.of("approved", Map.of("value", false, "type", "Boolean")))));

		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
		assertThat(this.runtime.getVariable(instance, ProcessVariables.APPROVED)).isEqualTo(true);
		Api.Response instances = expect(200, as(ADMIN).get("/engine-rest/process-instance"));
		assertThat(instances.json().findValuesAsText("id")).contains(instance);
	}

	@Test
	void anAdministratorRetriesFailedJobs() {
		Job timer = this.management.createJobQuery().processInstanceId(this.task.getProcessInstanceId()).list().get(0);
		expect(204, as(ADMIN).put("/engine-rest/job/" + timer.getId() + "/retries", "{\"retries\": 5}"));
		assertThat(this.management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(5);

		assertThat(as(ADMIN).put("/engine-rest/job/unknown/retries", "{\"retries\": 1}").status()).isNotEqualTo(403);
		expect(200, as(ADMIN).post("/engine-rest/job/retries",
				Map.of("jobIds", new String[] { timer.getId() }, "retries", 3)));
		expect(200, as(ADMIN).get("/engine-rest/incident"));
	}

	@Test
	void tasklistIsClosed() {
		BrowserSession admin = BrowserSession.login(this.port, ADMIN, TestFixtures.PASSWORD);
		assertThat(admin.get("/camunda/app/tasklist/default/").status()).isEqualTo(403);
		assertThat(admin.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
	}

}
