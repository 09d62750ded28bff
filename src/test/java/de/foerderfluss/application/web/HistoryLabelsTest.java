package de.foerderfluss.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.events.ReminderSent;
import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.review.Recommendation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action of the audit log has a label on the case page, and every action whose
 * entries carry values a pattern that puts them into words, in German and in English; so
 * do the labels those values name.
 */
class HistoryLabelsTest {

	@ParameterizedTest
	@ValueSource(strings = { "application.properties", "application_en.properties" })
	void everyActionHasALabelAndItsValuesAPattern(String bundle) throws IOException {
		Properties texts = load(bundle);
		for (CaseAction action : CaseAction.values()) {
			assertThat(texts.getProperty(action.labelCode())).as(action.labelCode()).isNotBlank();
			if (action.isDescribedByValues()) {
				assertThat(texts.getProperty(action.detailCode())).as(action.detailCode()).isNotBlank();
			}
		}
		for (Recommendation recommendation : Recommendation.values()) {
			assertThat(texts.getProperty("application.history.recommendation." + recommendation)).isNotBlank();
		}
		for (ReminderSent.Kind reminder : ReminderSent.Kind.values()) {
			assertThat(texts.getProperty("application.history.reminder." + reminder)).isNotBlank();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_en.properties" })
	void everyNoticeKindHasALabel(String bundle) throws IOException {
		Properties texts = load("../" + bundle);
		for (DocumentKind kind : DocumentKind.values()) {
			assertThat(texts.getProperty("document-kind." + kind)).as(kind.name()).isNotBlank();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src", "main", "resources", "i18n", name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
