package de.foerderfluss.disbursement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.events.ApplicationWithdrawn;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.programme.BudgetLedger;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.NotFoundException;
import de.foerderfluss.shared.StepNotAllowedException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Fund calls from carriers, their verification, and payouts released by finance. */
@Service
@Transactional
@EnableConfigurationProperties(DisbursementProperties.class)
public class DisbursementService {

	private final ApplicationLookup lookup;

	private final GrantAccountBook accounts;

	private final FundCalls fundCalls;

	private final Payouts payouts;

	private final Carriers carriers;

	private final BudgetLedger ledger;

	private final DisbursementQueries queries;

	private final Clock clock;

	DisbursementService(ApplicationLookup lookup, GrantAccountBook accounts, FundCalls fundCalls, Payouts payouts,
			Carriers carriers, BudgetLedger ledger, DisbursementQueries queries, Clock clock) {
		this.lookup = lookup;
		this.accounts = accounts;
		this.fundCalls = fundCalls;
		this.payouts = payouts;
		this.carriers = carriers;
		this.ledger = ledger;
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * Calls part of the approved amount. Money may be called only for payments due within
	 * the fund call horizon (two months), and never more than what remains of the
	 * approved amount.
	 */
	@PreAuthorize("hasRole('CARRIER')")
	public FundCall callFunds(Long applicationId, Money amount, LocalDate neededOn, String note) {
		Actor actor = Actor.current();
		Application application = this.lookup.visibleTo(actor, applicationId);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate needed = (neededOn != null) ? neededOn : today;
		if (needed.isBefore(today)) {
			throw new InvalidInputException("neededOn", "error.fund-call.needed-in-past");
		}
		LocalDate latest = this.queries.latestNeededOn();
		if (needed.isAfter(latest)) {
			throw new InvalidInputException("neededOn", "error.fund-call.not-needed-soon",
					latest.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
		}
		if (!amount.isPositive()) {
			throw new InvalidInputException("amount", "error.amount.positive");
		}
		application.requireFunded("step.fund-call");
		this.accounts.locked(applicationId).registerFundCall(amount);

		FundCall fundCall = this.fundCalls.save(new FundCall(applicationId, amount, needed, note));
		fundCall.announceSubmission();
		return this.fundCalls.save(fundCall);
	}

	/**
	 * The factual and arithmetic verification ("sachlich und rechnerisch richtig"). A
	 * fund call found not correct needs a note that says why.
	 */
	@PreAuthorize("hasRole('REVIEWER')")
	public FundCall verify(Long fundCallId, boolean correct, String note) {
		Actor actor = Actor.current();
		FundCall fundCall = visibleFundCall(actor, fundCallId);
		if (!correct && (note == null || note.isBlank())) {
			throw new InvalidInputException("note", "disbursement.error.verification-note-required");
		}
		fundCall.verify(correct, note, actor.username(), this.clock.instant());
		if (!correct) {
			this.accounts.locked(fundCall.getApplicationId()).dropFundCall(fundCall.getAmount());
		}
		return this.fundCalls.save(fundCall);
	}

	/**
	 * The release order (Anordnung) by someone other than the verifier. The payout is
	 * booked exactly once; a second release of the same fund call pays nothing and is
	 * refused.
	 */
	@PreAuthorize("hasRole('FINANCE')")
	public Payout release(Long fundCallId) {
		Actor actor = Actor.current();
		// The account's lock comes first and the fund call is read after it: a release
		// that waited for another of the same application sees what that one left, so a
		// second release of the same fund call is refused as such and a different one
		// simply follows.
		GrantAccount account = this.accounts.locked(this.fundCalls.findApplicationIdById(fundCallId)
			.orElseThrow(() -> new NotFoundException("fundCall", fundCallId)));
		FundCall fundCall = visibleFundCall(actor, fundCallId);
		fundCall.release(actor.username(), this.clock.instant());
		this.fundCalls.save(fundCall);

		Application application = this.lookup.byId(fundCall.getApplicationId());
		application.requireFunded("step.payout");
		account.recordPayout(fundCall.getAmount());

		Carrier carrier = this.carriers.findById(application.getCarrierId())
			.orElseThrow(() -> new NotFoundException("carrier", application.getCarrierId()));
		Payout payout = payOnce(fundCall,
				new Payout(fundCall, carrier.getBankAccount().getAccountHolder(), carrier.getBankAccount().getIban()));
		this.ledger.bookPayout(application.budgetAccount(), payout.getAmount(), "payout:" + payout.getId());
		payout.announceRelease(account.getPaidAmount());
		return this.payouts.save(payout);
	}

	/**
	 * The database holds one payout per fund call; a release that ran at the same moment
	 * as another and lost is refused like a second release.
	 */
	private Payout payOnce(FundCall fundCall, Payout payout) {
		try {
			return this.payouts.saveAndFlush(payout);
		}
		catch (DataIntegrityViolationException ex) {
			throw new StepNotAllowedException("error.fund-call.already-released", fundCall.getId());
		}
	}

	@Transactional(readOnly = true)
	public List<FundCall> fundCallsOf(Actor actor, Long applicationId) {
		this.lookup.visibleTo(actor, applicationId);
		return this.fundCalls.findByApplicationIdOrderById(applicationId);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('FINANCE')")
	public List<Payout> payouts(PayoutStatus status) {
		return (status != null) ? this.payouts.findByStatusOrderByIdDesc(status)
				: this.payouts.findAllByOrderByIdDesc();
	}

	/**
	 * Counts a print of the payout statement and answers its number; every print after
	 * the first is a copy.
	 */
	@PreAuthorize("hasRole('FINANCE')")
	public int recordStatementPrint(Long payoutId) {
		Payout payout = this.payouts.findById(payoutId).orElseThrow(() -> new NotFoundException("payout", payoutId));
		int number = payout.recordStatementPrint();
		this.payouts.save(payout);
		return number;
	}

	/** A withdrawn application takes its open fund calls with it. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ApplicationWithdrawn event) {
		for (FundCall fundCall : this.fundCalls.findByApplicationIdAndStatusIn(event.applicationId(),
				EnumSet.of(FundCallStatus.SUBMITTED, FundCallStatus.VERIFIED))) {
			fundCall.cancel();
			this.accounts.locked(event.applicationId()).dropFundCall(fundCall.getAmount());
			this.fundCalls.save(fundCall);
		}
	}

	private FundCall visibleFundCall(Actor actor, Long fundCallId) {
		FundCall fundCall = this.fundCalls.findById(fundCallId)
			.orElseThrow(() -> new NotFoundException("fundCall", fundCallId));
		try {
			this.lookup.visibleTo(actor, fundCall.getApplicationId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("fundCall", fundCallId);
		}
		return fundCall;
	}

}
