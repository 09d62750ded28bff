package de.foerderfluss.application;

import java.util.function.Consumer;

import de.foerderfluss.application.events.ApplicationRejected;
import de.foerderfluss.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of an application's lifecycle that other modules take: review checks,
 * assesses and decides, proof takes the proof of use and settles the audit. Each checks
 * that the status allows the step, changes the status and records it. Callers have loaded
 * the application on someone's behalf and run in their own transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ApplicationLifecycle {

	private final Applications applications;

	private final MoneyTrails money;

	ApplicationLifecycle(Applications applications, MoneyTrails money) {
		this.applications = applications;
		this.money = money;
	}

	public Application confirmComplete(Application application) {
		return change(application, Application::confirmComplete);
	}

	public Application requestDocuments(Application application, String missing) {
		return change(application, (a) -> a.requestDocuments(missing));
	}

	/** Stores the rules' result; one that is not eligible is rejected with its reason. */
	public Application recordEligibility(Application application, boolean eligible, Money maximum, boolean flatRate,
			String note) {
		return change(application, (a) -> a.recordEligibility(eligible, maximum, flatRate, note));
	}

	/** The recommended amount; the application moves on to the decision. */
	public Application recordAssessment(Application application, Money recommended, String summary) {
		return change(application, (a) -> a.recordAssessment(recommended, summary));
	}

	public Application approve(Application application, Money amount) {
		return change(application, (a) -> a.approve(amount));
	}

	/** Rejects before any decision took effect, with the reason for the notice. */
	public Application reject(Application application, String reason, ApplicationRejected.Cause cause) {
		return change(application, (a) -> a.reject(reason, cause));
	}

	/** The proof of use was submitted; refused while fund calls are open. */
	public Application submitProof(Application application) {
		boolean openFundCalls = this.money.openFundCalls(application.getId());
		return change(application, (a) -> a.submitProof(openFundCalls));
	}

	/** The audit recognised everything paid. */
	public Application closeAfterAudit(Application application, String note) {
		return change(application, (a) -> a.closeAfterAudit(note));
	}

	/** The audit found a burden; the carrier is heard first. */
	public Application openHearing(Application application, String findings) {
		return change(application, (a) -> a.openHearing(findings));
	}

	/** After the hearing, money is reclaimed for these reasons. */
	public Application reclaimAfterHearing(Application application, String reasons) {
		return change(application, (a) -> a.reclaimAfterHearing(reasons));
	}

	/** After the hearing, nothing is reclaimed; the case is closed. */
	public Application closeAfterHearing(Application application, String reasons) {
		return change(application, (a) -> a.closeAfterHearing(reasons));
	}

	/** The reclaimed money came back in full with this last part; interest is next. */
	public Application repaid(Application application, Money lastAmount) {
		return change(application, (a) -> a.repaid(lastAmount));
	}

	/** The interest was paid in full or waived: the case is closed. */
	public Application closeInterestSettled(Application application) {
		return change(application, Application::closeInterestSettled);
	}

	private Application change(Application application, Consumer<Application> step) {
		step.accept(application);
		// Saving publishes the events the step recorded.
		return this.applications.save(application);
	}

}
