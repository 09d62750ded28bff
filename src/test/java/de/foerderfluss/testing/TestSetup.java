package de.foerderfluss.testing;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** The controlled clock and the fixtures every integration test uses. */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestFixtures.class)
public class TestSetup {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(TimeMachine.START, TimeMachine.BERLIN);
	}

	@Bean
	TimeMachine timeMachine(MutableClock clock, ManagementService management, RuntimeService runtime) {
		return new TimeMachine(clock, management, runtime);
	}

}
