package de.foerderfluss;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Boundaries the module structure alone does not express. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("de.foerderfluss");

	@Test
	void onlyTheWorkflowModuleKnowsCamunda() {
		noClasses().that()
			.resideOutsideOfPackage("de.foerderfluss.workflow..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.camunda..")
			.check(CLASSES);
	}

	@Test
	void domainCodeDoesNotDependOnTheWebLayer() {
		noClasses().that()
			.resideOutsideOfPackages("de.foerderfluss..web..", "de.foerderfluss.demo..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("de.foerderfluss..web..")
			.check(CLASSES);
	}

	@Test
	void controllersLiveInWebPackages() {
		noClasses().that()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.or()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.should()
			.resideOutsideOfPackage("de.foerderfluss..web..")
			.check(CLASSES);
	}

	@Test
	void noFieldInjection() {
		fields().should()
			.notBeAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class)
			.check(CLASSES);
	}

	@Test
	void moneyIsNeverAFloatingPointNumber() {
		fields().that()
			.haveNameMatching(".*(?i)(amount|allocation|money).*")
			.should()
			.notHaveRawType(double.class)
			.andShould()
			.notHaveRawType(float.class)
			.andShould()
			.notHaveRawType(Double.class)
			.check(CLASSES);
	}

}
