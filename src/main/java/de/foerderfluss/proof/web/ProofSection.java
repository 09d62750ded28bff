package de.foerderfluss.proof.web;

import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.CaseSection;
import de.foerderfluss.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The proof of use on the application page, once the contract runs: its due date and the
 * way to submit it for the carrier, then spending per line against the plan, the audit
 * and any clawback with what has been repaid.
 */
@Component
class ProofSection implements CaseSection {

	private final ProofViews views;

	ProofSection(ProofViews views) {
		this.views = views;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String template() {
		return "proof/sections";
	}

	@Override
	public Optional<Object> data(Actor actor, Application application) {
		return Optional.ofNullable(this.views.overview(actor, application));
	}

}
