package de.foerderfluss.disbursement.web;

import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.CaseSection;
import de.foerderfluss.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The fund calls on the application page, once an amount is approved: what was approved,
 * called, paid and remains, every fund call with who verified and released it, the link
 * to call funds for the carrier and the payout statements for finance.
 */
@Component
class FundCallSection implements CaseSection {

	private final DisbursementViews views;

	FundCallSection(DisbursementViews views) {
		this.views = views;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String template() {
		return "disbursement/sections";
	}

	@Override
	public Optional<Object> data(Actor actor, Application application) {
		if (application.getApprovedAmount() == null) {
			return Optional.empty();
		}
		return Optional.of(this.views.overview(actor, application, true, null));
	}

}
