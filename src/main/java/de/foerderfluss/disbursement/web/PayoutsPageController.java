package de.foerderfluss.disbursement.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.carrier.BankAccount;
import de.foerderfluss.disbursement.DisbursementQueries;
import de.foerderfluss.disbursement.DisbursementQueries.PayoutResult;
import de.foerderfluss.disbursement.Payout;
import de.foerderfluss.disbursement.PayoutSearch;
import de.foerderfluss.disbursement.PayoutStatus;
import de.foerderfluss.shared.Money;
import de.foerderfluss.web.PageController;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The payouts ordered so far, filtered by period, status and text, with their statements
 * and the payout list as PDF.
 */
@PageController
class PayoutsPageController {

	/** More rows than this are not shown; the page asks for a narrower filter. */
	static final int LIMIT = 500;

	private final DisbursementQueries queries;

	private final ApplicationLookup applications;

	private final DisbursementViews views;

	PayoutsPageController(DisbursementQueries queries, ApplicationLookup applications, DisbursementViews views) {
		this.queries = queries;
		this.applications = applications;
		this.views = views;
	}

	@GetMapping("/kasse/auszahlungen")
	String payouts(@Valid @ModelAttribute("filter") PayoutFilter filter, BindingResult binding, Model model) {
		if (!binding.hasFieldErrors("from") && !binding.hasFieldErrors("to") && filter.from() != null
				&& filter.to() != null && filter.to().isBefore(filter.from())) {
			binding.rejectValue("to", "error.period.to-before-from");
		}
		PayoutSearch search = binding.hasErrors() ? PayoutSearch.all() : filter.search();
		PayoutResult result = this.queries.payouts(search, LIMIT);
		Map<Long, Application> cases = this.applications
			.byIds(result.payouts().stream().map(Payout::getApplicationId).collect(Collectors.toSet()));
		People people = this.views.people();
		List<Row> rows = result.payouts()
			.stream()
			.map((payout) -> new Row(payout.getId(), payout.getReleasedAt(), payout.getApplicationId(),
					cases.get(payout.getApplicationId()).getFileNumber(), payout.getPayeeName(),
					BankAccount.printed(payout.getIban()), payout.getAmount(), people.name(payout.getVerifiedBy()),
					people.name(payout.getReleasedBy()), payout.getStatementPrints(), payout.getStatus()))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("total", result.total());
		model.addAttribute("truncated", result.truncated());
		model.addAttribute("limit", LIMIT);
		model.addAttribute("filtered", !filter.isEmpty());
		model.addAttribute("statuses", PayoutStatus.values());
		model.addAttribute("listPath", listPath(search, rows));
		return "disbursement/payouts";
	}

	/**
	 * The payout list as PDF: for the period when both ends are given, else for the
	 * payouts shown.
	 */
	private static String listPath(PayoutSearch search, List<Row> rows) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/v1/payouts/list");
		if (search.hasPeriod() && search.status() == null && search.text() == null) {
			return uri.queryParam("from", search.from()).queryParam("to", search.to()).toUriString();
		}
		if (rows.isEmpty()) {
			return null;
		}
		return uri.queryParam("ids", rows.stream().map((row) -> row.id().toString()).collect(Collectors.joining(",")))
			.toUriString();
	}

	/** One payout as the list shows it. */
	public record Row(Long id, Instant releasedAt, Long applicationId, String fileNumber, String payee, String iban,
			Money amount, String verifiedBy, String releasedBy, int statementPrints, PayoutStatus status) {
	}

}
