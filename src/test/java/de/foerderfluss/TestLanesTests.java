package de.foerderfluss;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test that starts a Spring application context runs in the integration lane, so
 * that the unit and process tests stay fast.
 */
class TestLanesTests {

	private static final List<Class<?>> TEST_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages("de.foerderfluss")
		.stream()
		.map(JavaClass::reflect)
		.toList();

	@Test
	void everyTestThatStartsTheApplicationIsAnIntegrationTest() {
		List<Class<?>> startingSpring = TEST_CLASSES.stream().filter(TestLanesTests::startsSpring).toList();

		assertThat(startingSpring).as("tests that start a Spring context")
			.contains(ApiTest.class)
			.map(Class::getName)
			.contains("de.foerderfluss.demo.DemoProfileTest");
		assertThat(startingSpring.stream().filter((type) -> !taggedIntegration(type)).map(Class::getName))
			.as("tests that start a Spring context without @IntegrationTest")
			.isEmpty();
	}

	/** {@code @SpringBootTest}, the test slices and {@code @SpringJUnitConfig} all do. */
	private static boolean startsSpring(Class<?> type) {
		return AnnotationSupport.findRepeatableAnnotations(type, ExtendWith.class)
			.stream()
			.flatMap((extension) -> List.of(extension.value()).stream())
			.anyMatch(SpringExtension.class::isAssignableFrom);
	}

	/** Read as JUnit reads it: from the class, its annotations and its superclasses. */
	private static boolean taggedIntegration(Class<?> type) {
		return AnnotationSupport.findRepeatableAnnotations(type, Tag.class)
			.stream()
			.anyMatch((tag) -> IntegrationTest.TAG.equals(tag.value()));
	}

}
