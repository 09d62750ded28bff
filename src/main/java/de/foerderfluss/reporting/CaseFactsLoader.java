package de.foerderfluss.reporting;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.review.ReviewSteps;
import de.foerderfluss.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class CaseFactsLoader {

	private final ApplicationLookup applications;

	private final ProgrammeCatalogue catalogue;

	private final Carriers carriers;

	private final ReviewSteps review;

	CaseFactsLoader(ApplicationLookup applications, ProgrammeCatalogue catalogue, Carriers carriers,
			ReviewSteps review) {
		this.applications = applications;
		this.catalogue = catalogue;
		this.carriers = carriers;
		this.review = review;
	}

	@Transactional(readOnly = true)
	CaseFacts load(Long applicationId) {
		Application application = this.applications.byId(applicationId);
		return new CaseFacts(application, this.catalogue.module(application.getFundingModuleId()),
				this.catalogue.municipality(application.getMunicipalityId()),
				this.carriers.findById(application.getCarrierId())
					.orElseThrow(() -> new NotFoundException("carrier", application.getCarrierId())),
				this.review.assessmentOf(applicationId), this.review.decisionsOf(applicationId));
	}

}
