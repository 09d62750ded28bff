package de.foerderfluss.application;

import java.util.function.Consumer;

import de.foerderfluss.programme.BudgetLedger;
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

	ApplicationSteps(ApplicationLookup lookup, Applications applications, BudgetLedger ledger) {
		this.lookup = lookup;
		this.applications = applications;
		this.ledger = ledger;
	}

	/** The carrier did not send the requested documents in time. */
	public void lapseForMissingDocuments(Long applicationId) {
		change(applicationId, (application) -> application.lapse(ApplicationLapsed.Cause.DOCUMENTS_MISSING));
	}

	/**
	 * The carrier did not accept the forwarding contract in time; the budget goes back.
	 */
	public void lapseForUnacceptedContract(Long applicationId) {
		change(applicationId, (application) -> application.lapse(ApplicationLapsed.Cause.CONTRACT_NOT_ACCEPTED));
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

	public void recordReminder(Long applicationId, ReminderSent.Kind kind) {
		change(applicationId, (application) -> application.recordReminder(kind));
	}

	private void change(Long applicationId, Consumer<Application> step) {
		Application application = this.lookup.byId(applicationId);
		step.accept(application);
		this.applications.save(application);
	}

}
