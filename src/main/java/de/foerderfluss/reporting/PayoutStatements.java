package de.foerderfluss.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.Applications;
import de.foerderfluss.carrier.BankAccount;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.disbursement.DisbursementService;
import de.foerderfluss.disbursement.FundCall;
import de.foerderfluss.disbursement.FundCalls;
import de.foerderfluss.disbursement.Payout;
import de.foerderfluss.disbursement.Payouts;
import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.security.UserDirectory;
import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.NotFoundException;
import de.foerderfluss.shared.StepNotAllowedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payout statement (Auszahlungsanordnung) per payout and the payout list for finance.
 */
@Service
@Transactional
@PreAuthorize("hasRole('FINANCE')")
public class PayoutStatements {

	private static final int MAX_LIST = 5000;

	private final Payouts payouts;

	private final FundCalls fundCalls;

	private final Applications applications;

	private final Carriers carriers;

	private final ProgrammeCatalogue catalogue;

	private final DisbursementService disbursements;

	private final UserDirectory users;

	private final Letterhead letterhead;

	private final PdfRenderer renderer;

	private final Clock clock;

	PayoutStatements(Payouts payouts, FundCalls fundCalls, Applications applications, Carriers carriers,
			ProgrammeCatalogue catalogue, DisbursementService disbursements, UserDirectory users, Letterhead letterhead,
			PdfRenderer renderer, Clock clock) {
		this.payouts = payouts;
		this.fundCalls = fundCalls;
		this.applications = applications;
		this.carriers = carriers;
		this.catalogue = catalogue;
		this.disbursements = disbursements;
		this.users = users;
		this.letterhead = letterhead;
		this.renderer = renderer;
		this.clock = clock;
	}

	/** Prints the statement; a second print of the same payout is marked as a copy. */
	public PdfDocument statement(Long payoutId) {
		Payout payout = this.payouts.findById(payoutId).orElseThrow(() -> new NotFoundException("payout", payoutId));
		if (payout.getVerifiedBy() == null || payout.getReleasedBy() == null
				|| payout.getVerifiedBy().equals(payout.getReleasedBy())) {
			throw new StepNotAllowedException("error.statement.inconsistent", payoutId);
		}
		Application application = this.applications.findById(payout.getApplicationId())
			.orElseThrow(() -> new NotFoundException("application", payout.getApplicationId()));
		FundCall fundCall = this.fundCalls.findById(payout.getFundCallId())
			.orElseThrow(() -> new NotFoundException("fundCall", payout.getFundCallId()));
		Carrier carrier = this.carriers.findById(application.getCarrierId())
			.orElseThrow(() -> new NotFoundException("carrier", application.getCarrierId()));
		int print = this.disbursements.recordStatementPrint(payoutId);
		Money paidToDate = Money.sum(this.payouts.findByApplicationIdOrderById(application.getId())
			.stream()
			.filter((other) -> other.getId() <= payout.getId())
			.map(Payout::getAmount));

		Map<String, Object> parameters = new HashMap<>(this.letterhead.document(financeOffice()));
		parameters.put(Layout.REFERENCE, "Nr. " + payout.getId());
		parameters.put("PAYOUT_ID", payout.getId());
		parameters.put("PAYEE", payout.getPayeeName());
		parameters.put("PAYEE_ADDRESS", Letterhead.address(carrier));
		parameters.put("IBAN", BankAccount.printed(payout.getIban()));
		parameters.put("AMOUNT", payout.getAmount().amount());
		parameters.put("BUDGET_LINE", budgetLine(application));
		parameters.put("FILE_NUMBER", application.getFileNumber());
		parameters.put("TITLE", application.getTitle());
		parameters.put("PURPOSE", application.getFileNumber() + " Mittelabruf " + fundCall.getId());
		parameters.put("FUND_CALL", "Nr. " + fundCall.getId() + " vom " + GermanDates.date(fundCall.getSubmittedAt())
				+ ", benötigt zum " + GermanDates.date(fundCall.getNeededOn()));
		parameters.put("APPROVED_AMOUNT", application.getApprovedAmount().amount());
		parameters.put("PAID_TO_DATE", paidToDate.amount());
		parameters.put("VERIFIED_BY", this.users.displayName(payout.getVerifiedBy()));
		parameters.put("VERIFIED_AT", GermanDates.dateTime(payout.getVerifiedAt()));
		parameters.put("RELEASED_BY", this.users.displayName(payout.getReleasedBy()));
		parameters.put("RELEASED_AT", GermanDates.dateTime(payout.getReleasedAt()));
		parameters.put("PRINT_NUMBER", print);
		parameters.put("PRINTED_AT", GermanDates.dateTime(this.clock.instant()));
		parameters.put("COPY", print > 1);
		return new PdfDocument("Auszahlungsanordnung-" + payout.getId() + (print > 1 ? "-Kopie-" + print : "") + ".pdf",
				this.renderer.render(Layout.PAYOUT_STATEMENT, parameters, List.of()));
	}

	/**
	 * All payouts released in the period (both days included), or the selected ones, as
	 * one PDF.
	 */
	@Transactional(readOnly = true)
	public PdfDocument list(LocalDate from, LocalDate to, Collection<Long> ids) {
		List<Payout> selected;
		String period;
		if (ids != null && !ids.isEmpty()) {
			selected = this.payouts.findAllById(ids)
				.stream()
				.sorted(java.util.Comparator.comparing(Payout::getId))
				.toList();
			period = "Auswahl von " + selected.size() + " Auszahlungen";
		}
		else {
			if (from == null || to == null) {
				throw new InvalidInputException("from", "error.payout-list.period-required");
			}
			if (to.isBefore(from)) {
				throw new InvalidInputException("to", "error.period.end-before-start");
			}
			selected = this.payouts.findReleasedBetween(from.atStartOfDay(GermanDates.ZONE).toInstant(),
					to.plusDays(1).atStartOfDay(GermanDates.ZONE).toInstant());
			period = GermanDates.date(from) + " bis " + GermanDates.date(to);
		}
		if (selected.isEmpty()) {
			throw new NoPayoutsException(period);
		}
		if (selected.size() > MAX_LIST) {
			throw new InvalidInputException("to", "error.payout-list.too-many", MAX_LIST);
		}
		Map<Long, Application> cases = this.applications
			.findByIdIn(selected.stream().map(Payout::getApplicationId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Application::getId, Function.identity()));
		Map<Long, String> budgetLines = new HashMap<>();
		List<Map<String, ?>> rows = new ArrayList<>(selected.size());
		for (Payout payout : selected) {
			Application application = cases.get(payout.getApplicationId());
			rows.add(Map.of("id", payout.getId(), "releasedAt", GermanDates.date(payout.getReleasedAt()), "fileNumber",
					application.getFileNumber(), "payee", payout.getPayeeName(), "iban",
					BankAccount.printed(payout.getIban()), "budgetLine",
					budgetLines.computeIfAbsent(application.getFundingModuleId(), this::shortBudgetLine), "amount",
					payout.getAmount().amount()));
		}
		Map<String, Object> parameters = new HashMap<>(this.letterhead.document(financeOffice()));
		parameters.put(Layout.REFERENCE, period);
		parameters.put("PERIOD", period);
		return new PdfDocument("Auszahlungsliste.pdf", this.renderer.render(Layout.PAYOUT_LIST, parameters, rows));
	}

	private String financeOffice() {
		return this.letterhead.properties().financeOffice();
	}

	private String budgetLine(Application application) {
		FundingModule module = this.catalogue.module(application.getFundingModuleId());
		return module.getFundingYear().getProgramme().getName() + " · Förderjahr " + module.getFundingYear().getYear()
				+ " · Baustein " + module.getCode() + " – " + module.getName();
	}

	private String shortBudgetLine(Long moduleId) {
		return this.catalogue.module(moduleId).budgetLine();
	}

	static final class NoPayoutsException extends NotFoundException {

		NoPayoutsException(String period) {
			super("error.payout-list.empty", new Object[] { period });
		}

	}

}
