package de.foerderfluss.review;

import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.shared.InvalidInputException;
import org.springframework.util.StringUtils;

/**
 * VV Nr. 1.3 zu § 44 LHO NRW: a grant is given only for measures not yet begun, unless
 * the authority permitted an early start. A measure the carrier declared begun without
 * such permission needs the assessor's ruling: whether the start stands in the way of the
 * grant (then the recommendation is a rejection), with its reasons.
 */
public final class EarlyStartRule {

	private EarlyStartRule() {
	}

	/** Whether the assessor must rule on a start before the approval. */
	public static boolean needsRuling(Application application, Optional<EarlyStartDecision> permission) {
		return application.isAlreadyStarted() && permission.map((p) -> !p.isPermitted()).orElse(true);
	}

	/**
	 * Refuses an assessment that leaves the rule unanswered, unreasoned, or recommends
	 * approval although the start stands in the way.
	 */
	static void requireRuling(boolean needed, Ruling ruling, Recommendation recommendation) {
		if (!needed) {
			return;
		}
		if (ruling == null || ruling.accepted() == null) {
			throw new InvalidInputException("earlyStartAccepted", "error.early-start.ruling-required");
		}
		if (!StringUtils.hasText(ruling.reason())) {
			throw new InvalidInputException("earlyStartReason", "error.early-start.ruling-reason-required");
		}
		if (!ruling.accepted() && recommendation == Recommendation.APPROVE) {
			throw new InvalidInputException("earlyStartAccepted", "error.early-start.ruling-needs-rejection");
		}
	}

	/**
	 * The assessor's ruling.
	 *
	 * @param accepted the start does not stand in the way of the grant (an exception)
	 * @param reason why
	 */
	public record Ruling(Boolean accepted, String reason) {
	}

}
