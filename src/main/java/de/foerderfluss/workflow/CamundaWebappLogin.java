package de.foerderfluss.workflow;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Single sign-on into Cockpit, Admin and Camunda's REST API: they take the person Spring
 * Security signed in (only administrators get that far) instead of asking for a password,
 * and the engine checks what the person's groups were granted ({@link OperatorAccess}).
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappLogin {

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(Map.of("authentication-provider", SpringSecurityLogin.class.getName()));
		// After the Spring Security filter chain, which has already signed the person in.
		registration.setOrder(101);
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setInitParameters(Map.of("authentication-provider", SpringSecurityLogin.class.getName()));
		registration.setOrder(101);
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

	/** Instantiated by Camunda's filter through its class name. */
	public static class SpringSecurityLogin extends ContainerBasedAuthenticationProvider {

		@Override
		public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !authentication.isAuthenticated()) {
				return AuthenticationResult.unsuccessful();
			}
			List<String> groups = authentication.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.map((authority) -> authority.replaceFirst("^ROLE_", ""))
				.map((role) -> "ADMIN".equals(role) ? OperatorAccess.OPERATORS_GROUP : role)
				.toList();
			mirrorIntoCamunda(engine, authentication.getName(), groups.contains(OperatorAccess.OPERATORS_GROUP));
			AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
			result.setGroups(groups);
			return result;
		}

		/**
		 * The webapps look the person up in Camunda's own identity tables.
		 */
		private static void mirrorIntoCamunda(ProcessEngine engine, String username, boolean administrator) {
			IdentityService identity = engine.getIdentityService();
			OperatorAccess.ensureUser(identity, username);
			if (administrator && !isMember(identity, username, OperatorAccess.OPERATORS_GROUP)) {
				identity.createMembership(username, OperatorAccess.OPERATORS_GROUP);
			}
		}

		private static boolean isMember(IdentityService identity, String username, String group) {
			return identity.createUserQuery().userId(username).memberOfGroup(group).count() > 0;
		}

	}

}
