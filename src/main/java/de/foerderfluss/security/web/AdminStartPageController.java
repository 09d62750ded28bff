package de.foerderfluss.security.web;

import de.foerderfluss.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's start page: where users, carriers, programmes, the mail outbox and
 * the Camunda webapps are looked after.
 */
@PageController
class AdminStartPageController {

	@GetMapping("/verwaltung")
	String start() {
		return "security/start";
	}

}
