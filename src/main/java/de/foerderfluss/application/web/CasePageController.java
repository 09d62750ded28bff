package de.foerderfluss.application.web;

import de.foerderfluss.security.Actor;
import de.foerderfluss.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of one case for everyone who may see it: a carrier only its own, anyone else
 * gets "not found".
 */
@PageController
class CasePageController {

	private final CaseViews views;

	CasePageController(CaseViews views) {
		this.views = views;
	}

	@GetMapping("/antraege/{id:\\d+}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("view", this.views.caseOf(Actor.current(), id));
		return "application/case";
	}

}
