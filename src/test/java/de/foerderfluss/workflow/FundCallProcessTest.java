package de.foerderfluss.workflow;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/** Both paths of {@code bpmn/fund-call.bpmn}. */
@Deployment(resources = "bpmn/fund-call.bpmn")
class FundCallProcessTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.configurationResource("process-tests.camunda.cfg.xml")
		.build();

	private ProcessEngine engine;

	private ProcessInstance instance;

	@BeforeEach
	void setUp() {
		this.engine = extension.getProcessEngine();
		init(this.engine);
		new ProcessTestSupport(this.engine);
	}

	/** Deployment happens after setUp, so each test starts its case itself. */
	private void start() {
		this.instance = this.engine.getRuntimeService()
			.startProcessInstanceByKey(LifecycleModel.FUND_CALL_PROCESS, "5",
					Map.of(ProcessVariables.FUND_CALL_ID, 5L, ProcessVariables.APPLICATION_ID, 42L));
	}

	@AfterEach
	void reset() {
		ProcessTestSupport.reset();
	}

	@Test
	void aCorrectFundCallIsReleasedByFinance() {
		start();
		assertThat(this.instance).isWaitingAt(LifecycleModel.VERIFY_FUND_CALL);
		assertThat(task()).hasCandidateGroup("REVIEWER");
		complete(Map.of(ProcessVariables.CORRECT, true));

		assertThat(this.instance).isWaitingAt(LifecycleModel.RELEASE_PAYOUT);
		assertThat(task()).hasCandidateGroup("FINANCE")
			.hasDueDate(java.util.Date.from(ProcessTestSupport.START.plusDays(10).toInstant()));
		complete(Map.of());
		assertThat(this.instance).isEnded().hasPassed("End_PayoutReleased");
	}

	@Test
	void aFundCallThatIsNotCorrectEndsWithoutPayout() {
		start();
		complete(Map.of(ProcessVariables.CORRECT, false));
		assertThat(this.instance).isEnded()
			.hasPassed("End_FundCallRefused")
			.hasNotPassed(LifecycleModel.RELEASE_PAYOUT);
	}

	private Task task() {
		return this.engine.getTaskService().createTaskQuery().processInstanceId(this.instance.getId()).singleResult();
	}

	private void complete(Map<String, Object> variables) {
		this.engine.getTaskService().complete(task().getId(), variables);
	}

}
