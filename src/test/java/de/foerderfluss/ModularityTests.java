package de.foerderfluss;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

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
				"reporting", "review", "security", "shared", "web", "workflow");
	}

	/** One diagram of all modules and one per module, written anew on every run. */
	@Test
	void writesModuleDiagrams() {
		Path docs = Path.of("target", "spring-modulith-docs");

		new Documenter(this.modules, Options.defaults().withOutputFolder(docs.toString())).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();

		this.modules.forEach((module) -> {
			assertThat(docs.resolve("components.puml")).content().contains(module.getDisplayName());
			assertThat(docs.resolve("module-" + module.getIdentifier() + ".puml")).content()
				.contains(module.getDisplayName());
		});
	}

}
