package de.foerderfluss.application.web;

import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.CaseSection;
import de.foerderfluss.application.FinancingPlan;
import de.foerderfluss.programme.FinancingProperties;
import de.foerderfluss.programme.FinancingTerms;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The financing plan on the case page, beside the cost plan: how the total costs are
 * covered, and the module's type and form of financing.
 */
@Component
class FinancingSection implements CaseSection {

	private final ProgrammeCatalogue catalogue;

	private final FinancingProperties financing;

	FinancingSection(ProgrammeCatalogue catalogue, FinancingProperties financing) {
		this.catalogue = catalogue;
		this.financing = financing;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String template() {
		return "application/financing";
	}

	@Override
	public Optional<Object> data(Actor actor, Application application) {
		FinancingTerms terms = this.financing
			.termsFor(this.catalogue.module(application.getFundingModuleId()).getCode());
		return Optional.of(new Overview(application.getId(), application.financingPlan(), terms.typeLabel(),
				terms.form().label()));
	}

	/**
	 * What the section shows.
	 *
	 * @param applicationId the case
	 * @param plan the financing plan as declared
	 * @param type Anteil-, Fehlbedarfs- or Festbetragsfinanzierung
	 * @param form the form of the grant, such as "nicht rückzahlbarer Zuschuss"
	 */
	record Overview(Long applicationId, FinancingPlan plan, String type, String form) {
	}

}
