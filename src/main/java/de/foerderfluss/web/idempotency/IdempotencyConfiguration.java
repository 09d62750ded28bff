package de.foerderfluss.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderfluss.shared.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Repeated requests take effect once: the {@code Idempotency-Key} header of the API, the
 * one-time tokens of forms, and the deletion of expired entries.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
@EnableScheduling
class IdempotencyConfiguration implements WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

	private final IdempotentRequests requests;

	private final IdempotencyProperties properties;

	IdempotencyConfiguration(IdempotentRequests requests, IdempotencyProperties properties) {
		this.requests = requests;
		this.properties = properties;
	}

	/** Right after Spring Security, which has found out who is asking. */
	@Bean
	FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(ApiProblems problems, ObjectMapper objectMapper) {
		FilterRegistrationBean<IdempotencyKeyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyKeyFilter(this.requests, problems, objectMapper));
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		registration.addUrlPatterns("/api/*");
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormTokenInterceptor(this.requests, this.properties))
			.excludePathPatterns("/api/**");
	}

	/** Every node may run it: it only deletes what has expired. */
	@Scheduled(fixedDelayString = "${foerderfluss.idempotency.cleanup-interval:PT1H}",
			initialDelayString = "${foerderfluss.idempotency.cleanup-interval:PT1H}")
	void deleteExpired() {
		int deleted = this.requests.deleteExpired();
		if (deleted > 0) {
			log.debug("Deleted {} expired idempotency keys and form tokens", deleted);
		}
	}

	/** The name of the person signed in, or null. */
	static String signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getName();
	}

}
