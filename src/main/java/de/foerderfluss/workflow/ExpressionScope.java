package de.foerderfluss.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Expressions in process models see the service-task delegates and {@link Deadlines},
 * nothing else of the application: no data source, no environment with its secrets, no
 * service that could move a case past its rules.
 */
@Configuration(proxyBeanMethods = false)
class ExpressionScope {

	/** Named by the timers and due dates of {@code bpmn/}. */
	static final List<String> HELPERS = List.of("deadlines");

	@Bean
	ProcessEnginePlugin onlyModelBeansInExpressions(ApplicationContext context) {
		return new AbstractProcessEnginePlugin() {

			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				Set<String> names = new HashSet<>(HELPERS);
				names.addAll(List.of(context.getBeanNamesForType(JavaDelegate.class, false, false)));
				ModelBeans beans = new ModelBeans(context, names);
				configuration.setBeans(beans);
				// The engine factory built its expression manager before the plugins
				// ran, still with the whole context.
				configuration.setExpressionManager(new SpringExpressionManager(context, beans));
			}

		};
	}

}
