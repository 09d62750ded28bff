package de.foerderfluss.workflow;

import de.foerderfluss.testing.ApiTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** An expression in a process model reaches the beans the models need and no other. */
class ExpressionScopeApiTest extends ApiTest {

	@Autowired
	private ProcessEngine engine;

	@Test
	void modelsReachTheirDelegatesAndDeadlines() {
		assertThat(evaluate("${deadlines}")).isInstanceOf(Deadlines.class);
		assertThat(evaluate("${releaseBudget}")).isInstanceOf(JavaDelegate.class);
	}

	@Test
	void noOtherBean() {
		for (String expression : new String[] { "${dataSource}", "${environment}",
				"${environment.getProperty('spring.datasource.password')}", "${ruleBook}", "${runtimeService}" }) {
			assertThatExceptionOfType(ProcessEngineException.class).as(expression)
				.isThrownBy(() -> evaluate(expression))
				.withMessageContaining("Unknown property used in expression");
		}
	}

	private Object evaluate(String text) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		return configuration.getCommandExecutorTxRequired()
			.execute((context) -> configuration.getExpressionManager()
				.createExpression(text)
				.getValue(StartProcessVariableScope.getSharedInstance()));
	}

}
