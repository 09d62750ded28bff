package de.foerderfluss.workflow.web;

import java.util.Locale;
import java.util.Set;

import de.foerderfluss.application.CaseSection;
import org.springframework.context.ApplicationContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * A case section rendered by the application's own template engine, as the case page
 * includes it: for tests that look at a section without the page around it.
 */
public final class CaseSectionHtml {

	private CaseSectionHtml() {
	}

	/** The section's fragment {@code section(data)} with the given data. */
	public static String render(ApplicationContext context, CaseSection section, Object data, Locale locale) {
		Context variables = new Context(locale);
		variables.setVariable("data", data);
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		return context.getBean(SpringTemplateEngine.class).process(section.template(), Set.of("section"), variables);
	}

	/**
	 * A page holding only the section, with the application's stylesheet, for a browser
	 * to show.
	 */
	public static String page(String baseUrl, String title, String section) {
		return """
				<!DOCTYPE html>
				<html lang="de"><head><meta charset="UTF-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title><link rel="stylesheet" href="%s/css/app.css"></head>
				<body><main id="content">%s</main></body></html>
				""".formatted(title, baseUrl, section);
	}

}
