package de.foerderfluss.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts together the money trail of cases from the modules that keep its parts. */
@Component
@Transactional(readOnly = true)
public class MoneyTrails {

	private final PaidFunds paid;

	private final ReclaimedFunds reclaimed;

	MoneyTrails(PaidFunds paid, ReclaimedFunds reclaimed) {
		this.paid = paid;
		this.reclaimed = reclaimed;
	}

	public MoneyTrail of(Application application) {
		return of(List.of(application)).get(application.getId());
	}

	/** Where the case stands after a step: status and money trail. */
	public ApplicationState stateOf(Application application) {
		return ApplicationState.of(application, of(application));
	}

	/** The trail of each application, by id. */
	public Map<Long, MoneyTrail> of(Collection<Application> applications) {
		List<Long> ids = applications.stream().map(Application::getId).toList();
		Map<Long, PaidFunds.Funds> funds = this.paid.fundsOf(ids);
		Map<Long, ReclaimedFunds.Reclaim> reclaims = this.reclaimed.reclaimsOf(ids);
		return applications.stream()
			.collect(Collectors.toMap(Application::getId,
					(application) -> MoneyTrail.of(application,
							funds.getOrDefault(application.getId(), PaidFunds.Funds.NONE),
							reclaims.getOrDefault(application.getId(), ReclaimedFunds.Reclaim.NONE)),
					(a, b) -> a));
	}

	/** Whether anything was ever paid out on the application. */
	boolean anythingPaid(Long applicationId) {
		return this.paid.fundsOf(applicationId).paid().isPositive();
	}

	/** Whether fund calls are open: called but not yet paid. */
	public boolean openFundCalls(Long applicationId) {
		PaidFunds.Funds funds = this.paid.fundsOf(applicationId);
		return !funds.called().equals(funds.paid());
	}

}
