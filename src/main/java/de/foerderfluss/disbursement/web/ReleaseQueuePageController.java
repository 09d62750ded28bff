package de.foerderfluss.disbursement.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.disbursement.DisbursementQueries;
import de.foerderfluss.disbursement.FundCall;
import de.foerderfluss.shared.Money;
import de.foerderfluss.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Finance's desk: the verified fund calls waiting for the release order, the earliest
 * needed first.
 */
@PageController
class ReleaseQueuePageController {

	private final DisbursementQueries queries;

	private final ApplicationLookup applications;

	private final Carriers carriers;

	private final DisbursementViews views;

	private final NewBankAccounts newAccounts;

	private final Clock clock;

	ReleaseQueuePageController(DisbursementQueries queries, ApplicationLookup applications, Carriers carriers,
			DisbursementViews views, NewBankAccounts newAccounts, Clock clock) {
		this.queries = queries;
		this.applications = applications;
		this.carriers = carriers;
		this.views = views;
		this.newAccounts = newAccounts;
		this.clock = clock;
	}

	@GetMapping("/kasse")
	String queue(Model model) {
		List<FundCall> waiting = this.queries.awaitingRelease();
		Map<Long, Application> cases = this.applications
			.byIds(waiting.stream().map(FundCall::getApplicationId).collect(Collectors.toSet()));
		Map<Long, Carrier> payees = this.carriers
			.findAllById(cases.values().stream().map(Application::getCarrierId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Carrier::getId, Function.identity()));
		Set<Long> newAccount = payees.keySet()
			.stream()
			.filter((carrierId) -> this.newAccounts.unpaid(carrierId).isPresent())
			.collect(Collectors.toSet());
		LocalDate today = LocalDate.now(this.clock);
		People people = this.views.people();
		List<Waiting> rows = waiting.stream().map((call) -> {
			Application application = cases.get(call.getApplicationId());
			Carrier carrier = payees.get(application.getCarrierId());
			return new Waiting(call.getId(), application.getId(), application.getFileNumber(), carrier.getName(),
					newAccount.contains(carrier.getId()), call.getAmount(), call.getNeededOn(),
					call.getNeededOn().isBefore(today), people.name(call.getVerifiedBy()), call.getVerifiedAt());
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("total", Money.sum(rows.stream().map(Waiting::amount)));
		model.addAttribute("overdue", rows.stream().filter(Waiting::overdue).count());
		return "disbursement/release-queue";
	}

	/**
	 * A fund call waiting for the release order; {@code newAccount} when the carrier's
	 * changed bank account has not yet received a payout.
	 */
	public record Waiting(Long fundCallId, Long applicationId, String fileNumber, String carrier, boolean newAccount,
			Money amount, LocalDate neededOn, boolean overdue, String verifiedBy, Instant verifiedAt) {
	}

}
