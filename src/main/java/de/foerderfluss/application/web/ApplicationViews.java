package de.foerderfluss.application.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationDocument;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.application.DocumentStore;
import de.foerderfluss.application.FinancingPlan;
import de.foerderfluss.application.MoneyTrail;
import de.foerderfluss.application.MoneyTrails;
import de.foerderfluss.audit.AuditTrail;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.programme.FinancingProperties;
import de.foerderfluss.programme.FinancingTerms;
import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the API's view of an application from the modules that hold its parts. */
@Component
@Transactional(readOnly = true)
class ApplicationViews {

	private final ProgrammeCatalogue catalogue;

	private final Carriers carriers;

	private final DocumentStore documents;

	private final AuditTrail audit;

	private final ApplicationLookup lookup;

	private final MoneyTrails money;

	private final HistoryDetails details;

	private final FinancingProperties financing;

	ApplicationViews(ProgrammeCatalogue catalogue, Carriers carriers, DocumentStore documents, AuditTrail audit,
			ApplicationLookup lookup, MoneyTrails money, HistoryDetails details, FinancingProperties financing) {
		this.financing = financing;
		this.lookup = lookup;
		this.details = details;
		this.money = money;
		this.catalogue = catalogue;
		this.carriers = carriers;
		this.documents = documents;
		this.audit = audit;
	}

	ApplicationView detail(Actor actor, Long id) {
		Application application = this.lookup.visibleTo(actor, id);
		List<ApplicationView.DocumentView> documentViews = this.documents.listFor(actor, application.getId())
			.stream()
			.map(ApplicationViews::documentView)
			.toList();
		List<ApplicationView.HistoryView> history = this.audit.historyOf(application.getId())
			.stream()
			.map((entry) -> new ApplicationView.HistoryView(entry.getOccurredAt(), entry.getActor(),
					entry.getAction().name(), entry.getStatusBefore(), entry.getStatusAfter(),
					this.details.describe(entry)))
			.toList();
		return view(application, this.money.of(application), documentViews, history);
	}

	List<ApplicationView> list(Actor actor, ApplicationStatus status) {
		List<Application> applications = this.lookup.listFor(actor, status);
		Map<Long, MoneyTrail> trails = this.money.of(applications);
		return applications.stream()
			.map((application) -> view(application, trails.get(application.getId()), null, null))
			.toList();
	}

	static ApplicationView.DocumentView documentView(ApplicationDocument document) {
		return new ApplicationView.DocumentView(document.getId(), document.getKind().name(), document.getFilename(),
				document.getContentType(), document.getSize(), document.getUploadedAt(), href(document));
	}

	/** Where the API serves the document: an upload by its id, a notice as issued. */
	static String href(ApplicationDocument document) {
		if (!document.getKind().isIssued()) {
			return "/api/v1/documents/" + document.getId();
		}
		return "/api/v1/applications/" + document.getApplicationId() + "/documents/"
				+ document.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private ApplicationView.FinancingView financing(Application application, FundingModule module) {
		FinancingPlan plan = application.financingPlan();
		FinancingTerms terms = this.financing.termsFor(module.getCode());
		return new ApplicationView.FinancingView(plan.totalCosts(), plan.ownFunds(), plan.thirdPartyFunds(),
				plan.income(), plan.requestedGrant(), terms.type(), terms.form());
	}

	private ApplicationView view(Application application, MoneyTrail money,
			List<ApplicationView.DocumentView> documentViews, List<ApplicationView.HistoryView> history) {
		FundingModule module = this.catalogue.module(application.getFundingModuleId());
		String carrierName = this.carriers.findById(application.getCarrierId()).map((c) -> c.getName()).orElse(null);
		ApplicationView.EligibilityView eligibility = (application.getEligible() != null)
				? new ApplicationView.EligibilityView(application.getEligible(), application.getEligibleMaximum(),
						application.isFlatRate(), application.getEligibilityNote())
				: null;
		return new ApplicationView(application.getId(), application.getFileNumber(), application.getStatus(),
				module.getFundingYear().getProgramme().getCode(), module.getFundingYear().getYear(), module.getCode(),
				application.getTitle(), application.getSummary(),
				this.catalogue.municipality(application.getMunicipalityId()).getName(), application.getStartDate(),
				application.getEndDate(), application.getRooms(),
				new ApplicationView.CarrierRef(application.getCarrierId(), carrierName),
				application.getCostItems()
					.stream()
					.map((item) -> new ApplicationView.CostItemView(item.getId(), item.getCategory(),
							item.getDescription(), item.getAmount()))
					.toList(),
				application.getRequestedAmount(), financing(application, module), application.isAlreadyStarted(),
				application.isEarlyStartRequested(), application.getEarlyStartReason(), eligibility,
				application.getRecommendedAmount(), application.getApprovedAmount(), money.called(), money.paid(),
				money.remaining(), money.recognised(), money.repayment(), money.repaid(),
				application.getRejectionReason(), application.isProofOverdue(), application.getSubmittedAt(),
				documentViews, history);
	}

}
