package de.foerderfluss.disbursement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages read about fund calls and payouts; nothing here changes anything.
 */
@Service
@Transactional(readOnly = true)
public class DisbursementQueries {

	/** The statuses in which a carrier may call funds: the contract is running. */
	private static final Set<ApplicationStatus> CALLABLE = EnumSet.of(ApplicationStatus.ACTIVE,
			ApplicationStatus.PROOF_DUE);

	private final ApplicationLookup lookup;

	private final FundCalls fundCalls;

	private final Payouts payouts;

	private final ProgrammeCatalogue catalogue;

	private final GrantAccounts accounts;

	private final DisbursementProperties properties;

	private final Clock clock;

	DisbursementQueries(ApplicationLookup lookup, FundCalls fundCalls, Payouts payouts, ProgrammeCatalogue catalogue,
			GrantAccounts accounts, DisbursementProperties properties, Clock clock) {
		this.lookup = lookup;
		this.accounts = accounts;
		this.fundCalls = fundCalls;
		this.payouts = payouts;
		this.catalogue = catalogue;
		this.properties = properties;
		this.clock = clock;
	}

	/** The budget line an application's payouts are booked on. */
	public BudgetLine budgetLineOf(Application application) {
		FundingModule module = this.catalogue.module(application.getFundingModuleId());
		return new BudgetLine(module.getFundingYear().getProgramme().getName(), module.getFundingYear().getYear(),
				module.getCode(), module.getName());
	}

	/** Whether the application is in a status that takes fund calls. */
	public boolean takesFundCalls(Application application) {
		return CALLABLE.contains(application.getStatus());
	}

	/** Whether a fund call is possible now: the status takes one and money remains. */
	public boolean fundCallPossible(Application application) {
		return takesFundCalls(application) && moneyOf(application).remaining().isPositive();
	}

	/**
	 * Approved, called, paid and what may still be called; all zero before the approval.
	 */
	public CaseMoney moneyOf(Application application) {
		return this.accounts.findById(application.getId())
			.map((account) -> new CaseMoney(account.getApprovedAmount(), account.getCalledAmount(),
					account.getPaidAmount(), account.remaining()))
			.orElse(CaseMoney.NONE);
	}

	/** How far ahead money may be called. */
	public Period fundCallHorizon() {
		return this.properties.fundCallHorizon();
	}

	/** The latest day a payment called for today may fall due. */
	public LocalDate latestNeededOn() {
		return LocalDate.now(this.clock).plus(this.properties.fundCallHorizon());
	}

	/** A fund call as this person may see it; another carrier's is not found. */
	public FundCall fundCall(Actor actor, Long fundCallId) {
		FundCall fundCall = fundCall(fundCallId).orElseThrow(() -> new NotFoundException("fundCall", fundCallId));
		try {
			this.lookup.visibleTo(actor, fundCall.getApplicationId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("fundCall", fundCallId);
		}
		return fundCall;
	}

	/** A fund call by its id, for the engine's deadlines and the printed statements. */
	public Optional<FundCall> fundCall(Long fundCallId) {
		return this.fundCalls.findById(fundCallId);
	}

	/** A payout by its id. */
	public Optional<Payout> payout(Long payoutId) {
		return this.payouts.findById(payoutId);
	}

	/** The payouts of an application, the first first. */
	public List<Payout> payoutsOf(Long applicationId) {
		return this.payouts.findByApplicationIdOrderById(applicationId);
	}

	/** The payouts with these ids, in the order of their numbers. */
	public List<Payout> payouts(Collection<Long> payoutIds) {
		return this.payouts.findAllById(payoutIds).stream().sorted(Comparator.comparing(Payout::getId)).toList();
	}

	/** The payouts released from the first instant up to (not including) the second. */
	public List<Payout> payoutsReleasedBetween(Instant from, Instant until) {
		return this.payouts.findReleasedBetween(from, until);
	}

	/** Verified fund calls waiting for the release order, the earliest needed first. */
	@PreAuthorize("hasRole('FINANCE')")
	public List<FundCall> awaitingRelease() {
		return this.fundCalls.findByStatusOrderByNeededOnAscIdAsc(FundCallStatus.VERIFIED);
	}

	/** The payouts of an application by the fund call they paid. */
	public Map<Long, Payout> payoutsByFundCall(Actor actor, Long applicationId) {
		this.lookup.visibleTo(actor, applicationId);
		return payoutsOf(applicationId).stream().collect(Collectors.toMap(Payout::getFundCallId, Function.identity()));
	}

	/** Whether anything was ever paid out to this account. */
	public boolean everPaidTo(String iban) {
		return this.payouts.existsByIban(iban);
	}

	public Optional<Payout> payoutOf(Long fundCallId) {
		return this.payouts.findByFundCallId(fundCallId);
	}

	/**
	 * The payouts that match the search, the latest release first, at most {@code limit}
	 * of them (the result says whether there were more).
	 */
	@PreAuthorize("hasRole('FINANCE')")
	public PayoutResult payouts(PayoutSearch search, int limit) {
		List<Payout> found = this.payouts
			.findAll(search.specification(),
					PageRequest.of(0, limit + 1, Sort.by(Sort.Order.desc("releasedAt"), Sort.Order.desc("id"))))
			.getContent();
		boolean more = found.size() > limit;
		return new PayoutResult(more ? found.subList(0, limit) : found, more);
	}

	/** Programme, funding year and module a payout is booked on. */
	public record BudgetLine(String programme, int year, String moduleCode, String moduleName) {
	}

	/** Payouts found, and whether the search found more than were returned. */
	public record PayoutResult(List<Payout> payouts, boolean truncated) {

		public Money total() {
			return Money.sum(this.payouts.stream().map(Payout::getAmount));
		}

	}

}
