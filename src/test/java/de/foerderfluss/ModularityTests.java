package de.foerderfluss;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

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

	@Test
	void writesModuleDiagrams() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
