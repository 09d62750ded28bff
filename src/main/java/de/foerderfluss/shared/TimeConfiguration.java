package de.foerderfluss.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for all business dates, so that tests can move time. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(BERLIN);
	}

}
