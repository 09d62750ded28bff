package de.foerderfluss.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the demo where it runs and how to log in. */
@Component
@Profile("demo")
class DemoBanner {

	private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

	@EventListener(ApplicationReadyEvent.class)
	void print(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		String url = "http://localhost:" + port + "/";
		log.info("""

				============================================================
				 Förderfluss demo is running: {}
				 Camunda Cockpit (admin only): {}camunda/app/cockpit/
				 Demo logins, password "{}":
				   traeger1, traeger2, traeger3, traeger4  carriers
				   pruefer, pruefer2                       case workers (REVIEWER)
				   leitung                                 KI head (APPROVER)
				   ki-doppel                               REVIEWER and APPROVER
				   kasse                                   finance (FINANCE)
				   admin                                   administrator (ADMIN)
				 API example: curl -u pruefer:demo {}api/v1/tasks
				============================================================""", url, url, DemoOrganisations.PASSWORD,
				url);
	}

}
