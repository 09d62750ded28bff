package de.foerderfluss.application;

import java.time.LocalDate;
import java.util.function.Consumer;

import de.foerderfluss.programme.BudgetLedger;
import de.foerderfluss.programme.ForwardingForm;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.application.events.ApplicationLapsed;
import de.foerderfluss.application.events.ReminderSent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps the case takes on its own: deadlines, reminders and releasing budget. */
@Service
@Transactional
public class ApplicationSteps {

	private final ApplicationLookup lookup;

	private final Applications applications;

	private final BudgetLedger ledger;

	private final ProgrammeCatalogue catalogue;

	private final NoticeDeliveryService deliveries;

	ApplicationSteps(ApplicationLookup lookup, Applications applications, BudgetLedger ledger,
			ProgrammeCatalogue catalogue, NoticeDeliveryService deliveries) {
		this.catalogue = catalogue;
		this.deliveries = deliveries;
		this.lookup = lookup;
		this.applications = applications;
		this.ledger = ledger;
	}

	/** The carrier did not send the requested documents in time. */
	public void lapseForMissingDocuments(Long applicationId) {
		change(applicationId, (application) -> application.lapse(ApplicationLapsed.Cause.DOCUMENTS_MISSING));
	}

	/**
	 * The carrier did not return the signed forwarding contract in time: the offer has
	 * lapsed and the budget goes back.
	 */
	public void lapseForUnacceptedContract(Long applicationId) {
		change(applicationId, (application) -> application.lapse(ApplicationLapsed.Cause.CONTRACT_NOT_ACCEPTED));
		releaseBudget(applicationId);
	}

	/** How the programme of the application forwards its money: by notice or contract. */
	public ForwardingForm forwardingForm(Long applicationId) {
		return this.catalogue.module(this.lookup.byId(applicationId).getFundingModuleId())
			.getFundingYear()
			.getProgramme()
			.getForwardingForm();
	}

	/**
	 * The Weiterleitungsbescheid was delivered (the day after the carrier opened it): the
	 * grant takes effect and funds may be called.
	 */
	public void takeEffect(Long applicationId) {
		LocalDate deliveredOn = this.deliveries.latest(applicationId, DocumentKind.APPROVAL_NOTICE)
			.map(Delivery::deliveredOn)
			.orElseThrow(() -> new IllegalStateException("Approval notice of " + applicationId + " not delivered"));
		change(applicationId, (application) -> application.takeEffect(deliveredOn));
	}

	/** Gives back whatever the application still has reserved or committed. */
	public void releaseBudget(Long applicationId) {
		this.ledger.releaseRemaining(this.lookup.byId(applicationId).budgetAccount());
	}

	public void markProofDue(Long applicationId) {
		change(applicationId, Application::markProofDue);
	}

	public void markProofOverdue(Long applicationId) {
		change(applicationId, Application::markProofOverdue);
	}

	public void recordReminder(Long applicationId, ReminderSent.Kind kind) {
		change(applicationId, (application) -> application.recordReminder(kind));
	}

	private void change(Long applicationId, Consumer<Application> step) {
		Application application = this.lookup.byId(applicationId);
		step.accept(application);
		this.applications.save(application);
	}

}
