package de.foerderfluss.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HTTP Basic (or an existing browser session) for the API, form login for pages.
 * Camunda's REST API and webapps are for administrators only.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
		RequestMatcher camundaRest = path("/engine-rest/**");
		http.securityMatcher(new OrRequestMatcher(path("/api/**"), camundaRest))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(camundaRest)
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// API clients authenticate per request; a browser session is used when
			// present.
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache((cache) -> cache.disable())
			// Only a session can be ridden by a foreign page: requests that bring their
			// own
			// credentials, or none at all, need no CSRF token.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(
					(request) -> request.getHeader("Authorization") != null || request.getSession(false) == null));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers(path("/camunda/**"), path("/verwaltung/**"))
			.hasRole(Role.ADMIN.name())
			// The pages of each role; the services check the same roles again.
			.requestMatchers(path("/antraege/neu"), path("/antraege/{id}/unterlagen"),
					path("/antraege/{id}/nachreichung"), path("/antraege/{id}/vertrag"),
					path("/antraege/{id}/ruecknahme"), path("/antraege/{id}/mittelabruf"),
					path("/antraege/{id}/verwendungsnachweis"))
			.hasRole(Role.CARRIER.name())
			.requestMatchers(path("/antraege/{id}/vollstaendigkeit"), path("/antraege/{id}/bewertung"),
					path("/antraege/{id}/verwendungsnachweis/pruefung"), path("/mittelabrufe/{id}/pruefung"))
			.hasRole(Role.REVIEWER.name())
			.requestMatchers(path("/antraege/{id}/entscheidung"))
			.hasRole(Role.APPROVER.name())
			.requestMatchers(path("/kasse/**"), path("/mittelabrufe/{id}/anordnung"),
					path("/antraege/{id}/rueckzahlung"))
			.hasRole(Role.FINANCE.name())
			.requestMatchers(path("/aufgaben/**"))
			.hasAnyRole(Role.REVIEWER.name(), Role.APPROVER.name(), Role.FINANCE.name())
			.requestMatchers(path("/mittel/**"))
			.hasAnyRole(Role.REVIEWER.name(), Role.APPROVER.name(), Role.FINANCE.name(), Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			// The Camunda webapps protect their API with their own CSRF token.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(path("/camunda/api/**")));
		return http.build();
	}

	/**
	 * Matches by path alone: Camunda's REST API and webapps are not served by Spring MVC.
	 */
	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

}
