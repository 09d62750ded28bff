package de.foerderfluss.workflow;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Single sign-on into Cockpit, Tasklist and Admin: the Camunda webapps take the person
 * Spring Security signed in (only administrators get that far) instead of asking for a
 * password.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappLogin {

	/** Camunda's built-in group of administrators. */
	static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

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
				.map((role) -> "ADMIN".equals(role) ? CAMUNDA_ADMIN_GROUP : role)
				.toList();
			mirrorIntoCamunda(engine, authentication.getName(), groups.contains(CAMUNDA_ADMIN_GROUP));
			AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
			result.setGroups(groups);
			return result;
		}

		/**
		 * The webapps look the person up in Camunda's own identity tables (and send
		 * everyone to a setup page while no administrator is there). The person signs in
		 * through Spring Security only, so the entry gets an unusable random password.
		 */
		private static void mirrorIntoCamunda(ProcessEngine engine, String username, boolean administrator) {
			IdentityService identity = engine.getIdentityService();
			if (identity.createUserQuery().userId(username).count() == 0) {
				User user = identity.newUser(username);
				user.setPassword(UUID.randomUUID().toString());
				identity.saveUser(user);
			}
			if (administrator && identity.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() == 0) {
				Group group = identity.newGroup(CAMUNDA_ADMIN_GROUP);
				group.setName("Camunda administrators");
				group.setType("SYSTEM");
				identity.saveGroup(group);
			}
			if (administrator
					&& identity.createUserQuery().userId(username).memberOfGroup(CAMUNDA_ADMIN_GROUP).count() == 0) {
				identity.createMembership(username, CAMUNDA_ADMIN_GROUP);
			}
		}

	}

}
