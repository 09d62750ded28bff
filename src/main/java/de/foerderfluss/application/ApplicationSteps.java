package de.foerderfluss.application;

import de.foerderfluss.programme.BudgetLedger;
import de.foerderfluss.shared.DomainEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps the case takes on its own: deadlines, reminders and releasing budget. */
@Service
@Transactional
public class ApplicationSteps {

	private final ApplicationLookup lookup;

	private final Applications applications;

	private final BudgetLedger ledger;

	private final DomainEvents events;

	ApplicationSteps(ApplicationLookup lookup, Applications applications, BudgetLedger ledger, DomainEvents events) {
		this.lookup = lookup;
		this.applications = applications;
		this.ledger = ledger;
		this.events = events;
	}

	/** The carrier did not send the requested documents in time. */
	public void lapseForMissingDocuments(Long applicationId) {
		change(applicationId, (application) -> application.lapse("LAPSED_DOCUMENTS_MISSING"));
	}

	/**
	 * The carrier did not accept the forwarding contract in time; the budget goes back.
	 */
	public void lapseForUnacceptedContract(Long applicationId) {
		change(applicationId, (application) -> application.lapse("LAPSED_CONTRACT_NOT_ACCEPTED"));
		releaseBudget(applicationId);
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

	public void recordReminder(Long applicationId, String kind) {
		change(applicationId, (application) -> application.recordReminder(kind));
	}

	private void change(Long applicationId, java.util.function.Consumer<Application> step) {
		Application application = this.lookup.byId(applicationId);
		step.accept(application);
		this.applications.save(application);
		this.events.publishFrom(application);
	}

}
