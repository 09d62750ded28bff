package de.foerderfluss.review;

import java.util.Optional;

import de.foerderfluss.shared.Verdict;

/**
 * Nobody decides alone on money: the assessor of an application never decides it, and
 * where a co-signature is needed it comes from a second approver who is neither the
 * assessor nor the first approver.
 */
final class FourEyesPolicy {

	/** Reason: the person assessed the application. */
	static final String ASSESSOR_DECIDES = "four-eyes.assessor-decides";

	/** Reason: the person made the first decision and would co-sign it. */
	static final String CO_SIGNATURE_BY_APPROVER = "four-eyes.co-signature-by-approver";

	private FourEyesPolicy() {
	}

	static Verdict decision(String approver, Optional<String> assessor, Optional<String> firstApprover) {
		if (assessor.filter(approver::equals).isPresent()) {
			return Verdict.refused(ASSESSOR_DECIDES);
		}
		if (firstApprover.filter(approver::equals).isPresent()) {
			return Verdict.refused(CO_SIGNATURE_BY_APPROVER);
		}
		return Verdict.allowed();
	}

}
