package de.foerderfluss.workflow;

import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.CaseSection;
import de.foerderfluss.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The process diagram on the application page, for KI staff, finance and administrators:
 * where the case is now and which steps it has passed. Carriers follow their case on the
 * page's own status and history instead.
 */
@Component
class ProcessDiagramSection implements CaseSection {

	private final ProcessDiagrams diagrams;

	ProcessDiagramSection(ProcessDiagrams diagrams) {
		this.diagrams = diagrams;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public String template() {
		return "workflow/sections";
	}

	@Override
	public Optional<Object> data(Actor actor, Application application) {
		if (actor.isCarrier()) {
			return Optional.empty();
		}
		return this.diagrams.of(application).map(Object.class::cast);
	}

}
