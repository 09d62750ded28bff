package de.foerderfluss.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.carrier.BankAccount;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.disbursement.DisbursementQueries;
import de.foerderfluss.disbursement.DisbursementService;
import de.foerderfluss.disbursement.FundCall;
import de.foerderfluss.disbursement.Payout;
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

	private final DisbursementQueries disbursementQueries;

	private final ApplicationLookup applications;

	private final Carriers carriers;

	private final ProgrammeCatalogue catalogue;

	private final DisbursementService disbursements;

	private final UserDirectory users;

	private final PayoutDocuments documents;

	private final Clock clock;

	PayoutStatements(DisbursementQueries disbursementQueries, ApplicationLookup applications, Carriers carriers,
			ProgrammeCatalogue catalogue, DisbursementService disbursements, UserDirectory users,
			PayoutDocuments documents, Clock clock) {
		this.disbursementQueries = disbursementQueries;
		this.applications = applications;
		this.carriers = carriers;
		this.catalogue = catalogue;
		this.disbursements = disbursements;
		this.users = users;
		this.documents = documents;
		this.clock = clock;
	}

	/** Prints the statement; a second print of the same payout is marked as a copy. */
	public PdfDocument statement(Long payoutId) {
		Payout payout = this.disbursementQueries.payout(payoutId)
			.orElseThrow(() -> new NotFoundException("payout", payoutId));
		if (payout.getVerifiedBy() == null || payout.getReleasedBy() == null
				|| payout.getVerifiedBy().equals(payout.getReleasedBy())) {
			throw new StepNotAllowedException("error.statement.inconsistent", payoutId);
		}
		Application application = this.applications.byId(payout.getApplicationId());
		FundCall fundCall = this.disbursementQueries.fundCall(payout.getFundCallId())
			.orElseThrow(() -> new NotFoundException("fundCall", payout.getFundCallId()));
		Carrier carrier = this.carriers.findById(application.getCarrierId())
			.orElseThrow(() -> new NotFoundException("carrier", application.getCarrierId()));
		int print = this.disbursements.recordStatementPrint(payoutId);
		Money paidToDate = Money.sum(this.disbursementQueries.payoutsOf(application.getId())
			.stream()
			.filter((other) -> other.getId() <= payout.getId())
			.map(Payout::getAmount));
		String fundCallText = "Nr. " + fundCall.getId() + " vom " + GermanDates.date(fundCall.getSubmittedAt())
				+ ", benötigt zum " + GermanDates.date(fundCall.getNeededOn());
		return this.documents.statement(new StatementData(payout.getId(), payout.getPayeeName(),
				Letterhead.address(carrier), BankAccount.printed(payout.getIban()), payout.getAmount().amount(),
				budgetLine(application), application.getFileNumber(), application.getTitle(),
				application.getFileNumber() + " Mittelabruf " + fundCall.getId(), fundCallText,
				application.getApprovedAmount().amount(), paidToDate.amount(),
				this.users.displayName(payout.getVerifiedBy()), GermanDates.dateTime(payout.getVerifiedAt()),
				this.users.displayName(payout.getReleasedBy()), GermanDates.dateTime(payout.getReleasedAt()), print,
				GermanDates.dateTime(this.clock.instant())));
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
			selected = this.disbursementQueries.payouts(ids);
			period = "Auswahl von " + selected.size() + " Auszahlungen";
		}
		else {
			if (from == null || to == null) {
				throw new InvalidInputException("from", "error.payout-list.period-required");
			}
			if (to.isBefore(from)) {
				throw new InvalidInputException("to", "error.period.to-before-from");
			}
			selected = this.disbursementQueries.payoutsReleasedBetween(from.atStartOfDay(GermanDates.ZONE).toInstant(),
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
			.byIds(selected.stream().map(Payout::getApplicationId).collect(Collectors.toSet()));
		Map<Long, String> budgetLines = new HashMap<>();
		List<PayoutListLine> lines = new ArrayList<>(selected.size());
		for (Payout payout : selected) {
			Application application = cases.get(payout.getApplicationId());
			lines.add(new PayoutListLine(payout.getId(), GermanDates.date(payout.getReleasedAt()),
					application.getFileNumber(), payout.getPayeeName(), BankAccount.printed(payout.getIban()),
					budgetLines.computeIfAbsent(application.getFundingModuleId(), this::shortBudgetLine),
					payout.getAmount().amount()));
		}
		return this.documents.list(period, lines);
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
