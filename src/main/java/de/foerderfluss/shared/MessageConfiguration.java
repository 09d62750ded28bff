package de.foerderfluss.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * Texts from the message bundles of all modules in the language of the current request
 * (or of the step's thread, see {@code LocaleContextHolder}).
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

	@Bean
	MessageSourceAccessor messageSourceAccessor(MessageSource messageSource) {
		return new MessageSourceAccessor(messageSource);
	}

}
