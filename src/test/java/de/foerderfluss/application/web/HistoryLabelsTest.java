package de.foerderfluss.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the domain writes into the audit log has a label on the case page, in
 * German and in English, also when a module adds a new one.
 */
class HistoryLabelsTest {

	private static final Path SOURCES = Path.of("src", "main", "java");

	/**
	 * Lines that write an audit record: the record itself, a status change, a rejection
	 * (or the choice of its action) or a lapse.
	 */
	private static final Pattern WRITES_ACTION = Pattern.compile(
			"AuditRecord\\.of\\(|new AuditRecord\\(|transition\\(|\\breject\\(|isCoSignature\\(\\) \\?|\\blapse\\(");

	private static final Pattern ACTION = Pattern.compile("\"([A-Z][A-Z_]{3,})\"");

	@Test
	void everyActionOfTheAuditLogHasALabel() throws IOException {
		Set<String> actions = actionsWrittenByTheDomain();
		assertThat(actions).as("actions found in the sources")
			.hasSizeGreaterThan(25)
			.contains("SUBMITTED", "DOCUMENTS_REQUESTED", "APPROVED", "CONTRACT_ACCEPTED", "WITHDRAWN",
					"FUND_CALL_VERIFIED", "FUND_CALL_NOT_CORRECT", "PAYOUT_RELEASED", "NOTICE_ISSUED", "REMINDER_SENT",
					"CO_SIGNATURE_REFUSED", "LAPSED_CONTRACT_NOT_ACCEPTED", "PARTLY_REPAID");
		for (String bundle : new String[] { "application.properties", "application_en.properties" }) {
			Properties labels = load(bundle);
			assertThat(actions).as("actions without a label in %s", bundle)
				.allSatisfy((action) -> assertThat(labels.getProperty("application.history." + action)).as(action)
					.isNotBlank());
		}
	}

	private static Set<String> actionsWrittenByTheDomain() throws IOException {
		Set<String> actions = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				for (String line : Files.readAllLines(file)) {
					if (WRITES_ACTION.matcher(line).find()) {
						Matcher action = ACTION.matcher(line);
						while (action.find()) {
							actions.add(action.group(1));
						}
					}
				}
			}
		}
		return actions;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src", "main", "resources", "i18n", name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
