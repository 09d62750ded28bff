package de.foerderfluss.proof;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationLifecycle;
import de.foerderfluss.application.CostItem;
import de.foerderfluss.application.MoneyTrails;
import de.foerderfluss.programme.BudgetLedger;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.SignedAct;
import de.foerderfluss.security.SigningAuthority;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Proof of use, its audit, the clawback of unrecognised money and its repayment. */
@Service
@Transactional
@EnableConfigurationProperties({ ProofProperties.class, HearingProperties.class })
public class ProofService {

	private final ApplicationLookup lookup;

	private final ApplicationLifecycle lifecycle;

	private final MoneyTrails money;

	private final ProofsOfUse proofs;

	private final ProofAudits audits;

	private final Clawbacks clawbacks;

	private final Repayments repayments;

	private final BudgetLedger ledger;

	private final ProofProperties properties;

	private final Hearings hearings;

	private final HearingProperties hearingProperties;

	private final SigningAuthority signing;

	private final Clock clock;

	ProofService(ApplicationLookup lookup, ApplicationLifecycle lifecycle, MoneyTrails money, ProofsOfUse proofs,
			ProofAudits audits, Clawbacks clawbacks, Repayments repayments, BudgetLedger ledger,
			ProofProperties properties, Hearings hearings, HearingProperties hearingProperties,
			SigningAuthority signing, Clock clock) {
		this.signing = signing;
		this.lookup = lookup;
		this.lifecycle = lifecycle;
		this.money = money;
		this.proofs = proofs;
		this.audits = audits;
		this.clawbacks = clawbacks;
		this.repayments = repayments;
		this.ledger = ledger;
		this.properties = properties;
		this.hearings = hearings;
		this.hearingProperties = hearingProperties;
		this.clock = clock;
	}

	/**
	 * Accepts the proof of use as soon as the contract is accepted; every figure refers
	 * to a line of the cost plan and the figures add up to the spent amount.
	 */
	@PreAuthorize("hasRole('CARRIER')")
	public ProofOfUse submit(Long applicationId, SubmitProof command) {
		Actor actor = Actor.current();
		Application application = this.lookup.visibleTo(actor, applicationId);
		this.lifecycle.submitProof(application);
		if (!command.confirmed()) {
			throw new InvalidInputException("confirmed", "error.proof.confirmation-required");
		}
		Map<Long, CostItem> plan = new HashMap<>();
		application.getCostItems().forEach((item) -> plan.put(item.getId(), item));
		List<SpentLine> lines = command.lines().stream().map((line) -> {
			CostItem item = plan.remove(line.costItemId());
			if (item == null) {
				throw new InvalidInputException("costItems", "error.proof.unknown-cost-item", line.costItemId());
			}
			return new SpentLine(item.getId(), item.getCategory().name(), item.getDescription(), item.getAmount(),
					line.spent());
		}).toList();
		Money total = Money.sum(lines.stream().map(SpentLine::getSpent));
		if (!total.equals(command.spentAmount())) {
			throw new InvalidInputException("spentAmount", "error.proof.sum-mismatch", total.amount());
		}
		return this.proofs.save(new ProofOfUse(applicationId, command.spentAmount(), command.report(), lines));
	}

	/**
	 * Recognises part or all of the spending. The unused commitment goes back to the
	 * budget. When less is recognised than was paid, or the proof is not accepted, the
	 * carrier is heard first (§ 28 VwVfG NRW): a hearing with a deadline opens, and what
	 * is reclaimed is decided after it ({@link HearingService#decide}).
	 */
	@PreAuthorize("hasRole('REVIEWER')")
	public Application audit(Long applicationId, boolean accepted, Money recognised, String note) {
		Actor actor = Actor.current();
		Application application = this.lookup.visibleTo(actor, applicationId);
		application.requireAuditOpen();
		Optional<ProofOfUse> proof = this.proofs.findFirstByApplicationIdOrderByIdDesc(applicationId);
		Money recognisedAmount = (recognised != null) ? recognised : (accepted ? null : Money.ZERO);
		if (recognisedAmount == null || recognisedAmount.isNegative()) {
			throw new InvalidInputException("recognisedAmount", "error.proof.recognised-required");
		}
		Money ceiling = proof.map(ProofOfUse::getSpentAmount).orElse(Money.ZERO).min(application.getApprovedAmount());
		if (recognisedAmount.isGreaterThan(ceiling)) {
			throw new InvalidInputException("recognisedAmount", "error.proof.recognised-too-high", ceiling.amount());
		}
		Money paid = this.money.of(application).paid();
		if ((!accepted || recognisedAmount.isLessThan(paid)) && !StringUtils.hasText(note)) {
			throw new InvalidInputException("note", "error.proof.note-required");
		}
		boolean hearingRequired = !accepted || paid.minus(recognisedAmount).isPositive();
		if (hearingRequired) {
			// Whoever opens the hearing signs its letter: only within their authority.
			Money proposed = paid.minus(recognisedAmount);
			this.signing.require(actor, SignedAct.HEARING, proposed.isPositive() ? proposed : null);
			this.lifecycle.openHearing(application, note);
			LocalDate deadline = LocalDate.now(this.clock).plus(this.hearingProperties.answerPeriod());
			this.hearings.save(new Hearing(applicationId, paid, recognisedAmount, note, deadline));
		}
		else {
			this.lifecycle.closeAfterAudit(application, note);
		}
		this.ledger.releaseRemaining(application.budgetAccount());
		// Saved last: the audit's event moves the process on to the hearing letter.
		this.audits.save(new ProofAudit(applicationId, accepted, recognisedAmount, note, hearingRequired));
		return application;
	}

	/**
	 * Finance confirms money received back (today); see
	 * {@link #confirmRepayment(Long, Money, LocalDate)}.
	 */
	@PreAuthorize("hasRole('FINANCE')")
	public Application confirmRepayment(Long applicationId, Money amount) {
		return confirmRepayment(applicationId, amount, null);
	}

	/**
	 * Finance confirms money received back on a day (today unless named, never in the
	 * future); once nothing is outstanding, the interest is set next.
	 */
	@PreAuthorize("hasRole('FINANCE')")
	public Application confirmRepayment(Long applicationId, Money amount, LocalDate receivedOn) {
		Actor actor = Actor.current();
		Application application = this.lookup.visibleTo(actor, applicationId);
		if (amount == null || !amount.isPositive()) {
			throw new InvalidInputException("amount", "error.amount.positive");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (receivedOn != null && receivedOn.isAfter(today)) {
			throw new InvalidInputException("receivedOn", "error.repayment.received-in-future");
		}
		application.requireRepaymentDue();
		Clawback clawback = this.clawbacks.findFirstByApplicationIdOrderByIdDesc(applicationId)
			.orElseThrow(() -> new IllegalStateException("Application " + applicationId + " has no clawback"));
		boolean settled = clawback.recordRepayment(amount);
		Repayment repayment = this.repayments
			.save(new Repayment(applicationId, amount, (receivedOn != null) ? receivedOn : today));
		this.ledger.bookRepayment(application.budgetAccount(), amount, "repayment:" + repayment.getId());
		this.clawbacks.save(clawback);
		if (settled) {
			this.lifecycle.repaid(application, amount);
		}
		return application;
	}

	@Transactional(readOnly = true)
	public Optional<ProofOfUse> proofOf(Actor actor, Long applicationId) {
		this.lookup.visibleTo(actor, applicationId);
		return this.proofs.findFirstByApplicationIdOrderByIdDesc(applicationId);
	}

	@Transactional(readOnly = true)
	public Optional<Clawback> clawbackOf(Long applicationId) {
		return this.clawbacks.findFirstByApplicationIdOrderByIdDesc(applicationId);
	}

	@Transactional(readOnly = true)
	public Optional<ProofAudit> auditOf(Long applicationId) {
		return this.audits.findFirstByApplicationIdOrderByIdDesc(applicationId);
	}

	/**
	 * How the case's lines are held against their plan: with the tolerance per line, or
	 * not at all for a flat rate.
	 */
	public CostLineDeviationPolicy deviationPolicy(Application application) {
		return application.isFlatRate() ? CostLineDeviationPolicy.flatRate()
				: new CostLineDeviationPolicy(this.properties.lineTolerancePercent());
	}

	@Transactional(readOnly = true)
	public CostLineDeviationPolicy deviationPolicy(Long applicationId) {
		return deviationPolicy(this.lookup.byId(applicationId));
	}

	/** A proof of use as the carrier submits it. */
	public record SubmitProof(Money spentAmount, String report, boolean confirmed, List<Line> lines) {

		public record Line(Long costItemId, Money spent) {
		}

	}

}
