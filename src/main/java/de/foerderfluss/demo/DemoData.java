package de.foerderfluss.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Loads the demo once into an empty database. Only in the {@code demo} profile; outside
 * it no user and no password exists until an administrator is set up. Runs before the job
 * executor starts, so that no timer interferes while the cases are built.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoCatalogue catalogue;

	private final DemoOrganisations organisations;

	private final DemoCases cases;

	DemoData(DemoCatalogue catalogue, DemoOrganisations organisations, DemoCases cases) {
		this.catalogue = catalogue;
		this.organisations = organisations;
		this.cases = cases;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.catalogue.exists()) {
			log.info("Demo data already present");
			return;
		}
		log.info("Loading the demo: KOMM-AN NRW II 2026 for the Kreis Soest");
		this.catalogue.create();
		this.organisations.create();
		this.cases.create();
	}

}
