package de.foerderfluss.disbursement.web;

import java.util.List;
import java.util.Map;

import de.foerderfluss.application.Application;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.disbursement.DisbursementQueries;
import de.foerderfluss.disbursement.DisbursementService;
import de.foerderfluss.disbursement.FundCall;
import de.foerderfluss.disbursement.Payout;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserDirectory;
import de.foerderfluss.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Builds what the fund call pages and the case section show. */
@Component
class DisbursementViews {

	private final DisbursementService disbursements;

	private final DisbursementQueries queries;

	private final Carriers carriers;

	private final UserDirectory users;

	DisbursementViews(DisbursementService disbursements, DisbursementQueries queries, Carriers carriers,
			UserDirectory users) {
		this.disbursements = disbursements;
		this.queries = queries;
		this.carriers = carriers;
		this.users = users;
	}

	People people() {
		return new People(this.users);
	}

	/**
	 * The case's fund calls and money; the call link for a carrier when a call is
	 * possible, the statements for finance.
	 */
	FundCallOverview overview(Actor actor, Application application, boolean offerCall, Long current) {
		List<FundCall> calls = this.disbursements.fundCallsOf(actor, application.getId());
		Map<Long, Payout> payouts = this.queries.payoutsByFundCall(actor, application.getId());
		People people = people();
		List<FundCallRow> rows = calls.stream().map((call) -> row(call, payouts.get(call.getId()), people)).toList();
		String callPath = (offerCall && actor.isCarrier() && this.queries.fundCallPossible(application))
				? "/antraege/" + application.getId() + "/mittelabruf" : null;
		return new FundCallOverview(application.getId(), this.queries.moneyOf(application), rows, callPath,
				actor.has(Role.FINANCE), current);
	}

	FundCallRow row(FundCall call, Payout payout, People people) {
		return new FundCallRow(call.getId(), call.getSubmittedAt(), call.getAmount(), call.getNeededOn(),
				call.getStatus(), call.getNote(), people.name(call.getSubmittedBy()), people.name(call.getVerifiedBy()),
				call.getVerifiedAt(), call.getVerificationNote(), people.name(call.getReleasedBy()),
				call.getReleasedAt(), (payout != null) ? payout.getId() : null);
	}

	Carrier carrierOf(Application application) {
		return this.carriers.findById(application.getCarrierId())
			.orElseThrow(() -> new NotFoundException("carrier", application.getCarrierId()));
	}

}
