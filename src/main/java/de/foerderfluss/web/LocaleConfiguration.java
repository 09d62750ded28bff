package de.foerderfluss.web;

import java.math.BigDecimal;
import java.util.Locale;

import de.foerderfluss.shared.ApiRequests;
import de.foerderfluss.shared.Languages;
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
		return ApiRequests.isApi(request) ? Languages.requested(request.getHeader("Accept-Language"))
				: Languages.DEFAULT;
	}

}
