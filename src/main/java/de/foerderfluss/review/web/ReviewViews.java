package de.foerderfluss.review.web;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.DocumentStore;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.programme.BudgetFigures;
import de.foerderfluss.programme.BudgetLedger;
import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds what the review pages show of a case, in one read. */
@Component
@Transactional(readOnly = true)
class ReviewViews {

	private final ApplicationLookup lookup;

	private final Carriers carriers;

	private final ProgrammeCatalogue catalogue;

	private final DocumentStore documents;

	private final BudgetLedger ledger;

	private final UserDirectory users;

	ReviewViews(ApplicationLookup lookup, Carriers carriers, ProgrammeCatalogue catalogue, DocumentStore documents,
			BudgetLedger ledger, UserDirectory users) {
		this.lookup = lookup;
		this.carriers = carriers;
		this.catalogue = catalogue;
		this.documents = documents;
		this.ledger = ledger;
		this.users = users;
	}

	CaseFile caseFile(Actor actor, Long id) {
		Application application = this.lookup.visibleTo(actor, id);
		FundingModule module = this.catalogue.module(application.getFundingModuleId());
		String carrier = this.carriers.findById(application.getCarrierId()).map(Carrier::getName).orElse(null);
		CaseFile.Eligibility eligibility = (application.getEligible() != null)
				? new CaseFile.Eligibility(application.getEligible(), application.getEligibleMaximum(),
						application.isFlatRate(), application.getEligibilityNote())
				: null;
		return new CaseFile(application.getId(), application.getFileNumber(), application.getStatus(),
				application.getTitle(), application.getSummary(), carrier,
				module.getFundingYear().getProgramme().getName(), module.getFundingYear().getProgramme().getCode(),
				module.getFundingYear().getYear(), module.getCode(), module.getName(), module.budgetLine(),
				this.catalogue.municipality(application.getMunicipalityId()).getName(), application.getStartDate(),
				application.getEndDate(), application.getRooms(), application.getSubmittedAt(),
				name(application.getSubmittedBy()), application.getRequestedAmount(),
				application.getCostItems()
					.stream()
					.map((item) -> new CaseFile.CostLine(item.getCategory(), item.getDescription(), item.getAmount()))
					.toList(),
				this.documents.listFor(actor, id)
					.stream()
					.filter((document) -> document.getKind() == DocumentKind.UPLOAD)
					.map((document) -> new CaseFile.Upload(document.getId(), document.getFilename(),
							document.getContentType(), document.getSize(), document.getUploadedAt(),
							"/api/v1/documents/" + document.getId()))
					.toList(),
				eligibility, application.grantableMaximum(), application.getRecommendedAmount());
	}

	/** The case's budget line: what is free on it and what the case holds already. */
	BudgetView budget(CaseFile caseFile) {
		BudgetFigures line = this.catalogue.budget(caseFile.year(), caseFile.programmeCode())
			.modules()
			.stream()
			.filter((figures) -> caseFile.moduleCode().equals(figures.code()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No budget line " + caseFile.budgetLine()));
		return new BudgetView(caseFile.budgetLine(), line.allocated(), line.available(),
				this.ledger.positionOf(caseFile.id()).reserved());
	}

	/** A person's display name, or null for nobody. */
	String name(String username) {
		return (username != null) ? this.users.displayName(username) : null;
	}

}
