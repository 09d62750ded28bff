package de.foerderfluss.reporting;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** A broken template fails the build, not the first person who prints it. */
class ReportTemplatesTest {

	private final ReportTemplates templates = new ReportTemplates();

	static Stream<String> templates() throws IOException {
		Resource[] jrxml = new PathMatchingResourcePatternResolver().getResources("classpath*:reports/*.jrxml");
		return Arrays.stream(jrxml).map((resource) -> resource.getFilename().replace(".jrxml", ""));
	}

	@ParameterizedTest
	@MethodSource("templates")
	void compiles(String name) {
		assertThat(this.templates.report(name).getName()).isEqualTo(name);
		assertThat(this.templates.report(name)).isSameAs(this.templates.report(name));
	}

	@Test
	void everyDocumentLayoutHasItsTemplate() throws IOException {
		assertThat(templates().toList()).containsAll(Arrays.stream(Layout.values()).map(Layout::template).toList());
	}

	@Test
	void theStylesLoad() {
		assertThat(this.templates.styles().getStyles()).extracting("name")
			.contains("base", "heading", "tableHeader", "amountCell", "copyMark");
	}

}
