package de.foerderfluss.shared;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Who created a record and when ({@code @CreatedBy}, {@code @CreatedDate}) is filled in
 * as it is stored: the signed-in person (or {@value CurrentActor#SYSTEM} for engine work)
 * and the business clock, which tests move.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentActor", dateTimeProviderRef = "businessTime")
class RecordAuditing {

	@Bean
	AuditorAware<String> currentActor() {
		return () -> Optional.of(CurrentActor.name());
	}

	@Bean
	DateTimeProvider businessTime(Clock clock) {
		return () -> Optional.of(clock.instant());
	}

}
