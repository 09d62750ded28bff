package de.foerderfluss.proof;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.application.CostItem;
import de.foerderfluss.application.DeadlineProperties;
import de.foerderfluss.application.MoneyTrail;
import de.foerderfluss.application.MoneyTrails;
import de.foerderfluss.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages read about proofs of use, clawbacks and repayments; nothing here changes
 * anything. Callers have checked that the person may see the application.
 */
@Service
@Transactional(readOnly = true)
public class ProofQueries {

	/**
	 * The statuses in which the carrier may submit the proof: the contract is running.
	 */
	private static final Set<ApplicationStatus> TAKES_PROOF = EnumSet.of(ApplicationStatus.ACTIVE,
			ApplicationStatus.PROOF_DUE);

	private final ApplicationLookup lookup;

	private final Clawbacks clawbacks;

	private final Repayments repayments;

	private final DeadlineProperties deadlines;

	private final ProofProperties properties;

	private final InterestProperties interest;

	private final MoneyTrails money;

	private final Clock clock;

	ProofQueries(ApplicationLookup lookup, Clawbacks clawbacks, Repayments repayments, DeadlineProperties deadlines,
			ProofProperties properties, InterestProperties interest, MoneyTrails money, Clock clock) {
		this.interest = interest;
		this.lookup = lookup;
		this.money = money;
		this.clawbacks = clawbacks;
		this.repayments = repayments;
		this.deadlines = deadlines;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Whether the application is in a status that takes the proof of use; whether all
	 * fund calls are settled, the service checks on submission.
	 */
	public boolean takesProof(Application application) {
		return TAKES_PROOF.contains(application.getStatus());
	}

	/** Approved, called, paid, recognised and reclaimed money of the case. */
	public MoneyTrail moneyOf(Application application) {
		return this.money.of(application);
	}

	/** The lines of the application's cost plan, in their order. */
	public List<CostItem> costPlanOf(Actor actor, Long applicationId) {
		return this.lookup.visibleTo(actor, applicationId).getCostItems();
	}

	/**
	 * The last day for the proof of use: the end of the measure plus the proof period.
	 */
	public LocalDate proofDueDate(Application application) {
		return application.getEndDate().plus(this.deadlines.proofPeriod());
	}

	/** Overdue from the day after the due date, or once the process marked it so. */
	public boolean proofOverdue(Application application) {
		return application.isProofOverdue() || today().isAfter(proofDueDate(application));
	}

	/** The latest clawback of each of the applications that have one. */
	public Map<Long, Clawback> clawbacksOf(Collection<Long> applicationIds) {
		Map<Long, Clawback> latest = new HashMap<>();
		if (!applicationIds.isEmpty()) {
			this.clawbacks.findByApplicationIdInOrderById(applicationIds)
				.forEach((clawback) -> latest.put(clawback.getApplicationId(), clawback));
		}
		return latest;
	}

	/** The repayments finance confirmed for the application, oldest first. */
	public List<Repayment> repaymentsOf(Long applicationId) {
		return this.repayments.findByApplicationIdOrderById(applicationId);
	}

	/** Whether the repayment of the clawback is late: from the day after its due date. */
	public boolean repaymentOverdue(Clawback clawback) {
		return today().isAfter(clawback.getDueDate());
	}

	/** Percentage points above the base rate that a clawback bears (§ 49a VwVfG NRW). */
	public BigDecimal interestMarginPercent() {
		return this.interest.marginPercent();
	}

	/** Today on the business clock. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
