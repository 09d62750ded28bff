package de.foerderfluss.application;

import java.util.Set;

/** The statuses of DESIGN's lifecycle. */
public enum ApplicationStatus {

	SUBMITTED, INCOMPLETE, IN_REVIEW, IN_APPROVAL, APPROVED, REJECTED, ACTIVE, PROOF_DUE, PROOF_IN_AUDIT, HEARING,
	REPAYMENT_DUE, INTEREST_DUE, CLOSED, WITHDRAWN, LAPSED;

	static final Set<ApplicationStatus> FINAL = Set.of(REJECTED, CLOSED, WITHDRAWN, LAPSED);

	static final Set<ApplicationStatus> BEFORE_DECISION = Set.of(SUBMITTED, INCOMPLETE, IN_REVIEW, IN_APPROVAL);

	static final Set<ApplicationStatus> FUNDED = Set.of(ACTIVE, PROOF_DUE);

	public boolean isFinal() {
		return FINAL.contains(this);
	}

}
