package de.foerderfluss;

import java.nio.file.Path;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain modules depend on each other without cycles and only through their public
 * surface.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(FoerderflussApplication.class);

	@Test
	void modulesAreWellFormed() {
		this.modules.verify();
	}

	@Test
	void theExpectedModulesExist() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"application", "audit", "carrier", "demo", "disbursement", "notification", "programme", "proof",
				"reporting", "review", "security", "shared", "web", "workflow", "integrity");
	}

	/** One diagram of all modules and one per module, written anew on every run. */
	@Test
	void writesModuleDiagrams() {
		Path docs = Path.of("target", "spring-modulith-docs");

		new Documenter(this.modules, Options.defaults().withOutputFolder(docs.toString())).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();

		this.modules.forEach((module) -> {
			assertThat(docs.resolve("components.puml")).content().contains(module.getDisplayName());
			assertThat(docs.resolve("module-" + module.getIdentifier() + ".puml")).content()
				.contains(module.getDisplayName());
		});
		// The canvas lists what a module offers and hears: its services and the events.
		assertThat(docs.resolve("module-disbursement.adoc")).content()
			.contains("`d.f.d.DisbursementQueries`")
			.contains("`d.f.a.events.ApplicationWithdrawn`")
			.doesNotContain("`d.f.d.FundCalls`");
	}

	/**
	 * A module's records are read and written through its services: only the repositories
	 * of reference data that the demo and the test fixtures fill are public.
	 */
	@Test
	void repositoriesAreTheirModulesOwn() {
		classes().that()
			.areAssignableTo(Repository.class)
			.and()
			.areInterfaces()
			.and()
			.resideInAPackage("de.foerderfluss..")
			.and()
			.doNotHaveSimpleName("Carriers")
			.and()
			.doNotHaveSimpleName("UserAccounts")
			.and()
			.doNotHaveSimpleName("Programmes")
			.and()
			.doNotHaveSimpleName("FundingYears")
			.and()
			.doNotHaveSimpleName("FundingModules")
			.and()
			.doNotHaveSimpleName("Municipalities")
			.should()
			.notBePublic()
			.check(new ClassFileImporter().importPackages("de.foerderfluss"));
	}

	/**
	 * Every module states the modules it may use (verify() holds the code to it); only
	 * the shared kernel uses none.
	 */
	@Test
	void everyModuleDeclaresItsDependencies() throws ClassNotFoundException {
		for (org.springframework.modulith.core.ApplicationModule module : this.modules) {
			ApplicationModule declared = Class.forName(module.getBasePackage().getName() + ".package-info")
				.getAnnotation(ApplicationModule.class);
			assertThat(declared).as(module.getIdentifier().toString()).isNotNull();
			assertThat(declared.allowedDependencies().length == 0)
				.isEqualTo(module.getIdentifier().toString().equals("shared"));
		}
	}

}
