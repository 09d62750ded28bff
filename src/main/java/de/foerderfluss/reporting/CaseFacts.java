package de.foerderfluss.reporting;

import java.util.List;
import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.Municipality;
import de.foerderfluss.review.Assessment;
import de.foerderfluss.review.Decision;
import de.foerderfluss.shared.GermanDates;

/** What the notices print about a case, gathered in one transaction. */
record CaseFacts(Application application, FundingModule module, Municipality municipality, Carrier carrier,
		Optional<Assessment> assessment, List<Decision> decisions) {

	String programmeName() {
		return this.module.getFundingYear().getProgramme().getName();
	}

	int fundingYear() {
		return this.module.getFundingYear().getYear();
	}

	String moduleLabel() {
		return "Baustein " + this.module.getCode() + " – " + this.module.getName();
	}

	/** Programme, year and module as the budget line is named on payment documents. */
	String budgetLine() {
		return programmeName() + " · Förderjahr " + fundingYear() + " · " + moduleLabel();
	}

	String period() {
		return GermanDates.date(this.application.getStartDate()) + " bis "
				+ GermanDates.date(this.application.getEndDate());
	}

	/** The approving decision (not the co-signature), if there is one. */
	Optional<Decision> approval() {
		return this.decisions.stream().filter((d) -> d.isApproved() && !d.isCoSignature()).findFirst();
	}

	Optional<Decision> coSignature() {
		return this.decisions.stream().filter((d) -> d.isApproved() && d.isCoSignature()).findFirst();
	}

	/** The decision that refused the application, if a person refused it. */
	Optional<Decision> refusal() {
		return this.decisions.stream().filter((d) -> !d.isApproved()).reduce((first, second) -> second);
	}

}
