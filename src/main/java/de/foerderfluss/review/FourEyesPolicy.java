package de.foerderfluss.review;

import java.util.Optional;

import de.foerderfluss.shared.FourEyesViolationException;

/**
 * Nobody decides alone on money: the assessor of an application never decides it, and
 * where a co-signature is needed it comes from a second approver who is neither the
 * assessor nor the first approver.
 */
final class FourEyesPolicy {

	private FourEyesPolicy() {
	}

	static void checkDecision(String approver, Optional<String> assessor, Optional<String> firstApprover) {
		if (assessor.filter(approver::equals).isPresent()) {
			throw new FourEyesViolationException("error.four-eyes.assessor-decides");
		}
		if (firstApprover.filter(approver::equals).isPresent()) {
			throw new FourEyesViolationException("error.four-eyes.co-signature-by-approver");
		}
	}

}
