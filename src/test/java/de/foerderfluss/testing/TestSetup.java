package de.foerderfluss.testing;

import de.foerderfluss.workflow.PendingSteps;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;

/**
 * The controlled clock, the stand-in for the job executor and the fixtures every
 * integration test uses.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestFixtures.class)
public class TestSetup {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(TimeMachine.START, TimeMachine.BERLIN);
	}

	@Bean
	TimeMachine timeMachine(MutableClock clock, ManagementService management, RuntimeService runtime,
			PendingSteps pending) {
		return new TimeMachine(clock, management, runtime, pending);
	}

	@Bean
	InstantJobExecutor instantJobExecutor(PendingSteps pending) {
		return new InstantJobExecutor(pending);
	}

	/** Wraps everything, security included, so that a request's steps have committed. */
	@Bean
	FilterRegistrationBean<InstantJobExecutor> instantJobExecutorRegistration(InstantJobExecutor executor) {
		FilterRegistrationBean<InstantJobExecutor> registration = new FilterRegistrationBean<>(executor);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
