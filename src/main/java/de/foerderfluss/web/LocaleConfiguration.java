package de.foerderfluss.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** German unless the caller asks for English. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(Locale.GERMAN, Locale.ENGLISH));
		resolver.setDefaultLocale(Locale.GERMAN);
		return resolver;
	}

}
