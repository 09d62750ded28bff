package de.foerderfluss.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages obey their own Content-Security-Policy: no template carries inline script (a
 * script element with a body or without a source, an event handler attribute, a
 * {@code javascript:} address) or inline style (a style element or attribute), which the
 * browser would refuse.
 */
class ContentSecurityPolicyTemplatesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final List<Pattern> FORBIDDEN = List.of(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>"),
			Pattern.compile("<script[^>]*>[^<]*\\S[^<]*</script>"),
			Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
			Pattern.compile("\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE),
			Pattern.compile("(th:attr|th:attrappend)=\"[^\"]*\\b(style|on[a-z]+)\\s*=", Pattern.CASE_INSENSITIVE),
			Pattern.compile("<style", Pattern.CASE_INSENSITIVE),
			Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE));

	@Test
	void noTemplateHasInlineScriptOrStyle() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file, StandardCharsets.UTF_8);
				for (Pattern pattern : FORBIDDEN) {
					Matcher matcher = pattern.matcher(html);
					while (matcher.find()) {
						found.add(TEMPLATES.relativize(file) + ": " + matcher.group());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void thePolicyAllowsNothingInline() {
		assertThat(PageHeaders.CONTENT_SECURITY_POLICY)
			.contains("script-src 'self';", "style-src 'self';", "object-src 'none'", "frame-ancestors 'none'",
					"base-uri 'self'", "form-action 'self'")
			.doesNotContain("unsafe");
	}

	@Test
	void theRuleFindsWhatItLooksFor() {
		String bad = "<a href=\"javascript:x()\" onclick=\"y()\" style=\"color:red\"><script>alert(1)</script>";
		long hits = FORBIDDEN.stream().filter((pattern) -> pattern.matcher(bad).find()).count();
		assertThat(hits).isEqualTo(5);
		assertThat(FORBIDDEN.stream()
			.anyMatch((pattern) -> pattern.matcher("<script th:src=\"@{/js/app.js}\" defer></script>").find()))
			.isFalse();
	}

}
