package de.foerderfluss.application.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationDocument;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.application.CaseOutlook;
import de.foerderfluss.application.CaseSection;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.Delivery;
import de.foerderfluss.application.DocumentStore;
import de.foerderfluss.application.NoticeDeliveryService;
import de.foerderfluss.application.MoneyTrail;
import de.foerderfluss.application.MoneyTrails;
import de.foerderfluss.audit.AuditEntry;
import de.foerderfluss.audit.AuditTrail;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.programme.BudgetLedger;
import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserDirectory;
import de.foerderfluss.shared.CurrentActor;
import de.foerderfluss.shared.Money;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the case page from the modules that hold its parts; the sections other modules
 * contribute are asked in their order.
 */
@Component
@Transactional(readOnly = true)
class CaseViews {

	private final ApplicationLookup lookup;

	private final ProgrammeCatalogue catalogue;

	private final Carriers carriers;

	private final DocumentStore documents;

	private final AuditTrail audit;

	private final BudgetLedger ledger;

	private final UserDirectory users;

	private final NextSteps steps;

	private final HistoryDetails details;

	private final ObjectProvider<CaseSection> sections;

	private final MoneyTrails money;

	private final CaseOutlook outlook;

	private final MessageSourceAccessor messages;

	private final NoticeDeliveryService deliveries;

	CaseViews(NoticeDeliveryService deliveries, ApplicationLookup lookup, ProgrammeCatalogue catalogue,
			Carriers carriers, DocumentStore documents, AuditTrail audit, BudgetLedger ledger, UserDirectory users,
			NextSteps steps, HistoryDetails details, ObjectProvider<CaseSection> sections, MoneyTrails money,
			CaseOutlook outlook, MessageSourceAccessor messages) {
		this.deliveries = deliveries;
		this.lookup = lookup;
		this.outlook = outlook;
		this.money = money;
		this.catalogue = catalogue;
		this.carriers = carriers;
		this.documents = documents;
		this.audit = audit;
		this.ledger = ledger;
		this.users = users;
		this.steps = steps;
		this.details = details;
		this.sections = sections;
		this.messages = messages;
	}

	/** The case as the person may see it; another carrier's case is not found. */
	CaseView caseOf(Actor actor, Long id) {
		Application application = this.lookup.visibleTo(actor, id);
		Names names = new Names();
		boolean ki = !actor.isCarrier();
		List<ApplicationDocument> stored = this.documents.listFor(actor, application.getId());
		return new CaseView(facts(application, ki, names),
				application.getCostItems()
					.stream()
					.map((item) -> new CaseView.CostLine(item.getCategory(), item.getDescription(), item.getAmount()))
					.toList(),
				Money.sum(application.getCostItems().stream().map((item) -> item.getAmount())),
				DocumentKind.UPLOAD.readableBy(actor) ? stored.stream()
					.filter((document) -> !document.getKind().isIssued())
					.map((document) -> new CaseView.DocumentRow(document.getFilename(), document.getSize(),
							document.getUploadedAt(), names.of(document.getUploadedBy()),
							ApplicationViews.href(document)))
					.toList() : null,
				notices(stored, this.deliveries.of(actor, application.getId()), names,
						ki && (actor.has(Role.REVIEWER) || actor.has(Role.APPROVER))),
				this.outlook.noticesInPreparation(application.getId()),
				ki ? this.ledger.entriesOf(application.getId())
					.stream()
					.map((entry) -> new CaseView.LedgerRow(entry.getType(), entry.getAmount(), entry.getBookedAt(),
							names.of(entry.getBookedBy())))
					.toList() : null,
				history(application, names), this.steps.of(actor, application.getId()), sections(actor, application),
				actor.isCarrier() && !application.getStatus().isFinal(),
				actor.isCarrier() && !application.getStatus().isFinal());
	}

	private CaseView.Facts facts(Application application, boolean ki, Names names) {
		FundingModule module = this.catalogue.module(application.getFundingModuleId());
		String carrier = this.carriers.findById(application.getCarrierId()).map(Carrier::getName).orElse(null);
		MoneyTrail money = this.money.of(application);
		CaseView.Eligibility eligibility = (ki && application.getEligible() != null)
				? new CaseView.Eligibility(application.getEligible(), application.getEligibleMaximum(),
						application.isFlatRate(), application.getEligibilityNote())
				: null;
		return new CaseView.Facts(application.getId(), application.getFileNumber(), application.getTitle(),
				application.getSummary(), application.getStatus(), carrier,
				module.getFundingYear().getProgramme().getName(), module.getFundingYear().getYear(), module.getCode(),
				module.getName(), this.catalogue.municipality(application.getMunicipalityId()).getName(),
				application.getStartDate(), application.getEndDate(), application.getRooms(),
				application.getRequestedAmount(), application.getRecommendedAmount(), application.getApprovedAmount(),
				money.paid(), money.recognised(), money.repayment(), application.getRejectionReason(), eligibility,
				application.getSubmittedAt(), names.of(application.getSubmittedBy()),
				application.getContractAcceptedAt(), application.isProofOverdue());
	}

	/** The latest notice of each kind, linked where the API serves it as issued. */
	private static List<CaseView.NoticeRow> notices(List<ApplicationDocument> stored, List<Delivery> deliveries,
			Names names, boolean staff) {
		Map<DocumentKind, Delivery> delivery = new HashMap<>();
		deliveries.forEach((item) -> delivery.put(item.kind(), item));
		Map<DocumentKind, ApplicationDocument> latest = new HashMap<>();
		stored.stream()
			.filter((document) -> document.getKind().isIssued())
			.forEach((document) -> latest.put(document.getKind(), document));
		return latest.values()
			.stream()
			.sorted(Comparator.comparing(ApplicationDocument::getId))
			.map((document) -> new CaseView.NoticeRow(document.getKind().name(), document.getUploadedAt(),
					ApplicationViews.href(document), delivery.get(document.getKind()),
					(delivery.get(document.getKind()) != null)
							? names.of(delivery.get(document.getKind()).retrievedBy()) : null,
					staff))
			.toList();
	}

	/** The audit log, newest first. */
	private List<CaseView.HistoryRow> history(Application application, Names names) {
		List<AuditEntry> entries = new ArrayList<>(this.audit.historyOf(application.getId()));
		Collections.reverse(entries);
		return entries.stream()
			.map((entry) -> new CaseView.HistoryRow(entry.getOccurredAt(), names.of(entry.getActor()),
					entry.getAction().name(), status(entry.getStatusBefore()), status(entry.getStatusAfter()),
					this.details.describe(entry)))
			.toList();
	}

	private List<CaseView.RenderedSection> sections(Actor actor, Application application) {
		return this.sections.stream()
			.sorted(Comparator.comparingInt(CaseSection::order))
			.flatMap((section) -> section.data(actor, application)
				.map((data) -> new CaseView.RenderedSection(section.template(), data))
				.stream())
			.toList();
	}

	private static ApplicationStatus status(String name) {
		return (name != null) ? ApplicationStatus.valueOf(name) : null;
	}

	/** People's display names for one page, each looked up once; the system by name. */
	private final class Names {

		private final Map<String, String> names = new HashMap<>();

		String of(String username) {
			if (username == null) {
				return null;
			}
			if (CurrentActor.SYSTEM.equals(username)) {
				return CaseViews.this.messages.getMessage("application.history.system");
			}
			return this.names.computeIfAbsent(username, CaseViews.this.users::displayName);
		}

	}

}
