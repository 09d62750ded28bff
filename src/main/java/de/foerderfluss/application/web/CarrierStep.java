package de.foerderfluss.application.web;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.Messages;
import de.foerderfluss.shared.StepNotAllowedException;
import org.springframework.stereotype.Component;

/**
 * What the pages of a carrier's step share: the case as the carrier may see it, and the
 * open step the process holds for the page.
 */
@Component
class CarrierStep {

	private final ApplicationLookup lookup;

	private final NextSteps steps;

	CarrierStep(ApplicationLookup lookup, NextSteps steps) {
		this.lookup = lookup;
		this.steps = steps;
	}

	Application caseOf(Long id) {
		return this.lookup.visibleTo(Actor.current(), id);
	}

	/**
	 * The open step taken on the page; refused, naming the step and the status, when the
	 * process holds none, or asking to come back in a moment while a notice that comes
	 * before the step is being prepared.
	 */
	StepView open(Application application, String page, String step) {
		return this.steps.takenOn(Actor.current(), application.getId(), "/antraege/" + application.getId() + page)
			.orElseThrow(() -> this.steps.noticeInPreparation(application.getId())
					? new StepNotAllowedException("error.step-in-preparation") : notOpen(application, step));
	}

	static StepNotAllowedException notOpen(Application application, String step) {
		return new StepNotAllowedException("error.step-not-allowed", Messages.code(step),
				Messages.code("status." + application.getStatus().name()));
	}

}
