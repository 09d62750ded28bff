package de.foerderfluss.notification;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import de.foerderfluss.shared.Languages;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the German plain text mails from {@code templates/mail/*.txt}. The engine is
 * kept here rather than published as a bean: Spring Boot's engine for the web pages steps
 * back as soon as another template engine bean exists.
 */
@Component
class MailTemplates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	MailTemplates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		this.engine.setTemplateResolver(resolver);
	}

	String render(NotificationKind kind, Map<String, Object> variables) {
		return this.engine.process(kind.template(), new Context(Languages.OFFICIAL, variables)).strip() + "\n";
	}

}
