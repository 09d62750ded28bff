package de.foerderfluss.application.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.foerderfluss.application.Application;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.programme.Municipality;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds list rows: carrier, module and town by name, and the open steps, per page. */
@Component
@Transactional(readOnly = true)
class ApplicationRows {

	private final ProgrammeCatalogue catalogue;

	private final Carriers carriers;

	private final NextSteps steps;

	ApplicationRows(ProgrammeCatalogue catalogue, Carriers carriers, NextSteps steps) {
		this.catalogue = catalogue;
		this.carriers = carriers;
		this.steps = steps;
	}

	List<ApplicationRow> rows(Actor actor, List<Application> applications) {
		if (applications.isEmpty()) {
			return List.of();
		}
		Map<Long, String> carrierNames = this.carriers
			.findAllById(applications.stream().map(Application::getCarrierId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Carrier::getId, Carrier::getName));
		Map<Long, String> towns = this.catalogue.municipalities()
			.stream()
			.collect(Collectors.toMap(Municipality::getId, Municipality::getName));
		Map<Long, String> modules = new HashMap<>();
		Function<Long, String> moduleCode = (id) -> modules.computeIfAbsent(id,
				(key) -> this.catalogue.module(key).getCode());
		Map<Long, List<StepView>> open = this.steps.of(actor, applications.stream().map(Application::getId).toList());
		return applications.stream()
			.map((application) -> new ApplicationRow(application.getId(), application.getFileNumber(),
					application.getTitle(), carrierNames.get(application.getCarrierId()),
					moduleCode.apply(application.getFundingModuleId()), towns.get(application.getMunicipalityId()),
					application.getStatus(), application.getRequestedAmount(),
					open.getOrDefault(application.getId(), List.of())))
			.toList();
	}

}
