package de.foerderfluss.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in German and in English, and every text a page asks for exists.
 */
class MessageBundlesTest {

	private static final Path RESOURCES = Path.of("src", "main", "resources");

	/** {@code #{key}} and {@code #{key(arguments)}} with a literal key. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.\\-]*)[(}]");

	static List<String> bundles() throws IOException {
		List<String> names = new ArrayList<>(List.of("messages"));
		try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
			files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".properties") && !name.contains("_"))
				.map((name) -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.forEach(names::add);
		}
		return names;
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void germanAndEnglishHaveTheSameTexts(String bundle) throws IOException {
		Properties german = load(bundle + ".properties");
		Properties english = load(bundle + "_en.properties");
		assertThat(new TreeSet<>(english.stringPropertyNames())).as("English keys of %s", bundle)
			.isEqualTo(new TreeSet<>(german.stringPropertyNames()));
		german.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, bundle).isNotBlank());
		english.forEach((key, value) -> assertThat(value.toString()).as("%s in %s_en", key, bundle).isNotBlank());
	}

	@Test
	void theApplicationReadsEveryBundle() throws IOException {
		String configuration = Files.readString(RESOURCES.resolve("application.yaml"));
		for (String bundle : bundles()) {
			assertThat(configuration).as("spring.messages.basename lists %s", bundle)
				.containsPattern("[ ,]" + bundle + "(,|\\s)");
		}
	}

	@Test
	void everyTextAPageUsesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String bundle : bundles()) {
			known.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : templates.filter((file) -> file.toString().endsWith(".html")).toList()) {
				Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
				while (keys.find()) {
					if (!known.contains(keys.group(1))) {
						missing.add(RESOURCES.relativize(template) + ": " + keys.group(1));
					}
				}
			}
		}
		assertThat(missing).as("texts used in templates but missing from the bundles").isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
