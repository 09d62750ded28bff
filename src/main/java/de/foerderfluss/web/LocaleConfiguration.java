package de.foerderfluss.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import de.foerderfluss.shared.ApiRequests;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Amounts typed the German way. Pages are German unless the person chose English with the
 * switch ({@code ?lang=en}, kept in a cookie): an office browser set up in English says
 * nothing about the language a German authority works in. API clients, which have no
 * switch, get English by asking for it in the Accept-Language header.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("foerderfluss-sprache");
		resolver.setDefaultLocaleFunction(LocaleConfiguration::fromHeader);
		return resolver;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(BigDecimal.class, new AmountFormatter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	private static Locale fromHeader(HttpServletRequest request) {
		if (ApiRequests.isApi(request) && request.getHeader("Accept-Language") != null) {
			Locale requested = Locale.lookup(Locale.LanguageRange.parse(request.getHeader("Accept-Language")),
					SUPPORTED);
			if (requested != null) {
				return requested;
			}
		}
		return Locale.GERMAN;
	}

}
