package de.foerderfluss.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.foerderfluss.integrity.ChainHeads;
import de.foerderfluss.integrity.ChainKind;
import de.foerderfluss.shared.BudgetExhaustedException;
import de.foerderfluss.shared.CurrentActor;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books money on budget lines. Every booking first locks the budget line's row, so that
 * concurrent reservations are checked one after the other and a budget is never
 * overcommitted (reserved + committed + disbursed − repaid ≤ allocation). The entries of
 * a budget line form a hash chain, appended under the same lock.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class BudgetLedger {

	private final FundingModules modules;

	private final LedgerEntries entries;

	private final ChainHeads chains;

	private final Clock clock;

	BudgetLedger(FundingModules modules, LedgerEntries entries, ChainHeads chains, Clock clock) {
		this.modules = modules;
		this.entries = entries;
		this.chains = chains;
		this.clock = clock;
	}

	/** Reserves the amount or refuses with how much is left. */
	public void reserve(BudgetAccount account, Money amount) {
		FundingModule line = lock(account);
		Money available = availableOn(line);
		if (amount.isGreaterThan(available)) {
			throw new BudgetExhaustedException(line.budgetLine(), available, amount);
		}
		book(account, LedgerEntryType.RESERVATION, amount, null);
	}

	/**
	 * Reserves the amount if the budget line covers it. Unlike {@link #reserve} a refusal
	 * is an answer, not an error, so the caller's transaction stays intact.
	 */
	public boolean tryReserve(BudgetAccount account, Money amount) {
		FundingModule line = lock(account);
		if (amount.isGreaterThan(availableOn(line))) {
			return false;
		}
		book(account, LedgerEntryType.RESERVATION, amount, null);
		return true;
	}

	/** Raises or lowers the application's reservation to the target amount. */
	public void adjustReservation(BudgetAccount account, Money target) {
		Money reserved = positionOf(account.applicationId()).reserved();
		if (target.isGreaterThan(reserved)) {
			reserve(account, target.minus(reserved));
		}
		else if (target.isLessThan(reserved)) {
			lock(account);
			book(account, LedgerEntryType.RESERVATION_RELEASE, reserved.minus(target), null);
		}
	}

	/** Turns the whole reservation of the application into a commitment. */
	public void commitReservation(BudgetAccount account) {
		lock(account);
		Money reserved = positionOf(account.applicationId()).reserved();
		if (reserved.isPositive()) {
			book(account, LedgerEntryType.COMMITMENT, reserved, null);
		}
	}

	/** Books a payout against the application's commitment. */
	public void bookPayout(BudgetAccount account, Money amount, String reference) {
		lock(account);
		Money committed = positionOf(account.applicationId()).committed();
		if (amount.isGreaterThan(committed)) {
			throw new IllegalStateException("Payout %s exceeds the commitment %s of application %d".formatted(amount,
					committed, account.applicationId()));
		}
		book(account, LedgerEntryType.PAYOUT, amount, reference);
	}

	public void bookRepayment(BudgetAccount account, Money amount, String reference) {
		lock(account);
		book(account, LedgerEntryType.REPAYMENT, amount, reference);
	}

	/** Gives back whatever the application still has reserved or committed. */
	public void releaseRemaining(BudgetAccount account) {
		lock(account);
		BudgetPosition position = positionOf(account.applicationId());
		if (position.reserved().isPositive()) {
			book(account, LedgerEntryType.RESERVATION_RELEASE, position.reserved(), null);
		}
		if (position.committed().isPositive()) {
			book(account, LedgerEntryType.COMMITMENT_RELEASE, position.committed(), null);
		}
	}

	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public BudgetPosition positionOf(Long applicationId) {
		return toPosition(this.entries.sumsForApplication(applicationId));
	}

	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public List<LedgerEntry> entriesOf(Long applicationId) {
		return this.entries.findByApplicationIdOrderById(applicationId);
	}

	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public Money availableOn(Long fundingModuleId) {
		return availableOn(this.modules.findById(fundingModuleId)
			.orElseThrow(() -> new NotFoundException("fundingModule", fundingModuleId)));
	}

	Money availableOn(FundingModule line) {
		return positionOn(line).availableOf(line.getAllocation());
	}

	/** What is booked on the line; under its lock when the caller holds it. */
	BudgetPosition positionOn(FundingModule line) {
		return toPosition(this.entries.sumsForModule(line.getId()));
	}

	/** Positions per module id of the given modules. */
	Map<Long, BudgetPosition> positionsPerModule(List<Long> moduleIds) {
		return groupedPositions(this.entries.sumsPerModule(moduleIds));
	}

	/** Positions per municipality id across the given modules. */
	Map<Long, BudgetPosition> positionsPerMunicipality(List<Long> moduleIds) {
		return groupedPositions(this.entries.sumsPerMunicipality(moduleIds));
	}

	private FundingModule lock(BudgetAccount account) {
		return this.modules.lockById(account.fundingModuleId())
			.orElseThrow(() -> new NotFoundException("fundingModule", account.fundingModuleId()));
	}

	/** Books on a line whose lock the caller holds. */
	private void book(BudgetAccount account, LedgerEntryType type, Money amount, String reference) {
		this.chains.append(
				ChainKind.BUDGET_LEDGER, account.fundingModuleId(), (link) -> this.entries.save(new LedgerEntry(account,
						type, amount, reference, this.clock.instant(), CurrentActor.name(), link)),
				LedgerEntry::getEntryHash);
	}

	private static BudgetPosition toPosition(List<Object[]> rows) {
		BudgetPosition position = BudgetPosition.EMPTY;
		for (Object[] row : rows) {
			position = ((LedgerEntryType) row[0]).applyTo(position, toMoney(row[1]));
		}
		return position;
	}

	private static Map<Long, BudgetPosition> groupedPositions(List<Object[]> rows) {
		Map<Long, BudgetPosition> positions = new HashMap<>();
		for (Object[] row : rows) {
			Long groupId = (Long) row[0];
			BudgetPosition position = positions.getOrDefault(groupId, BudgetPosition.EMPTY);
			positions.put(groupId, ((LedgerEntryType) row[1]).applyTo(position, toMoney(row[2])));
		}
		return positions;
	}

	private static Money toMoney(Object sum) {
		if (sum instanceof Money money) {
			return money;
		}
		return Money.of(new BigDecimal(sum.toString()));
	}

}
