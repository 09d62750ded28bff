package de.foerderfluss.security;

import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HTTP Basic (or an existing browser session) for the API, form login for pages. Which
 * role may open which path each module declares as {@link UrlAccessRules}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

	/**
	 * One store of CSRF tokens for both chains: a page's token also serves its scripts.
	 */
	private static final CsrfTokenRepository CSRF_TOKENS = new SessionOrCookieCsrfTokens();

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems,
			ObjectProvider<UrlAccessRules> modules, ThrottledSignIn signIn) throws Exception {
		http.authenticationManager(signIn)
			.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
			.authorizeHttpRequests((requests) -> {
				apply(declaredBy(modules), requests);
				requests.anyRequest().authenticated();
			})
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// API clients authenticate per request; a browser session is used when
			// present.
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache((cache) -> cache.disable())
			// Basic credentials count alone; only a session can be ridden by a foreign
			// page, so a request with a session that is not signed in by Basic needs
			// the token.
			.securityContext((context) -> context.securityContextRepository(new BasicCredentials()))
			.csrf((csrf) -> csrf.csrfTokenRepository(CSRF_TOKENS)
				.ignoringRequestMatchers(
						(request) -> BasicCredentials.broughtBy(request) || request.getSession(false) == null))
			.headers(PageHeaders.api());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<UrlAccessRules> modules, ThrottledSignIn signIn,
			CsrfRefusalPage csrfRefusal) throws Exception {
		http.authenticationManager(signIn).authorizeHttpRequests((requests) -> {
			requests
				.requestMatchers(path("/login"), path("/css/**"), path("/js/**"), path("/images/**"),
						path("/favicon.ico"), path("/error"))
				.permitAll();
			apply(declaredBy(modules), requests);
			requests.anyRequest().authenticated();
		})
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(new LoginFailurePage())
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			// The Camunda webapps protect their API with their own CSRF token.
			.csrf((csrf) -> csrf.csrfTokenRepository(CSRF_TOKENS).ignoringRequestMatchers(path("/camunda/api/**")))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(csrfRefusal))
			// Nobody gets a session before signing in: the address asked for waits in a
			// cookie.
			.requestCache((cache) -> cache.requestCache(new CookieRequestCache()))
			.headers(PageHeaders.pages());
		return http.build();
	}

	private static UrlRules declaredBy(ObjectProvider<UrlAccessRules> modules) {
		UrlRules rules = new UrlRules();
		modules.forEach((module) -> module.declare(rules));
		return rules;
	}

	/**
	 * The modules' rules hold in both chains: each chain only sees its own paths. The
	 * services check the same roles again. Refusals come first, so that no role opens
	 * what is closed.
	 */
	private static void apply(UrlRules rules,
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		for (String closed : rules.closed()) {
			requests.requestMatchers(path(closed)).denyAll();
		}
		for (UrlRules.ReadOnlyArea area : rules.readOnlyAreas()) {
			requests.requestMatchers(changesOutside(area)).denyAll();
		}
		for (UrlRules.Rule rule : rules.mostSpecificFirst()) {
			requests.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.path()))
				.hasAnyRole(rule.roleNames());
		}
	}

	private static RequestMatcher changesOutside(UrlRules.ReadOnlyArea area) {
		RequestMatcher inArea = path(area.area());
		List<RequestMatcher> writable = area.writablePaths().stream().map(SecurityConfiguration::path).toList();
		return (request) -> !READING.contains(request.getMethod()) && inArea.matches(request)
				&& writable.stream().noneMatch((path) -> path.matches(request));
	}

	/**
	 * Matches by path alone: Camunda's REST API and webapps are not served by Spring MVC,
	 * and for the pages the path says all.
	 */
	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

}
