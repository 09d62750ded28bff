package de.foerderfluss.proof;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import de.foerderfluss.application.ReclaimedFunds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the audits recognised and what was reclaimed and repaid, per application. */
@Component
@Transactional(readOnly = true)
class AuditedFunds implements ReclaimedFunds {

	private final ProofAudits audits;

	private final Clawbacks clawbacks;

	private final Hearings hearings;

	AuditedFunds(ProofAudits audits, Clawbacks clawbacks, Hearings hearings) {
		this.audits = audits;
		this.clawbacks = clawbacks;
		this.hearings = hearings;
	}

	@Override
	public Map<Long, Reclaim> reclaimsOf(Collection<Long> applicationIds) {
		Map<Long, Reclaim> reclaims = new HashMap<>();
		if (applicationIds.isEmpty()) {
			return reclaims;
		}
		// Ordered by id: the latest audit and clawback of each application win.
		this.audits.findByApplicationIdInOrderById(applicationIds)
			.forEach((audit) -> reclaims.put(audit.getApplicationId(),
					new Reclaim(audit.getRecognisedAmount(), null, Reclaim.NONE.repaid())));
		// A decision after the hearing may recognise more than the audit did.
		this.hearings.findByApplicationIdInOrderById(applicationIds)
			.stream()
			.filter((hearing) -> hearing.getOutcome() != null)
			.forEach((hearing) -> reclaims.put(hearing.getApplicationId(),
					new Reclaim(hearing.finalRecognisedAmount(), null, Reclaim.NONE.repaid())));
		this.clawbacks.findByApplicationIdInOrderById(applicationIds)
			.forEach((clawback) -> reclaims.put(clawback.getApplicationId(),
					new Reclaim(clawback.getRecognisedAmount(), clawback.getAmount(), clawback.getRepaidAmount())));
		return reclaims;
	}

}
