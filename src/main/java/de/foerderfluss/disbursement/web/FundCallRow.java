package de.foerderfluss.disbursement.web;

import java.time.Instant;
import java.time.LocalDate;

import de.foerderfluss.disbursement.FundCallStatus;
import de.foerderfluss.shared.Money;

/**
 * One fund call as the pages list it, with people shown by their names and the payout
 * that paid it, if any.
 */
public record FundCallRow(Long id, Instant submittedAt, Money amount, LocalDate neededOn, FundCallStatus status,
		String note, String submittedBy, String verifiedBy, Instant verifiedAt, String verificationNote,
		String releasedBy, Instant releasedAt, Long payoutId) {

	public boolean isReleased() {
		return this.status == FundCallStatus.RELEASED && this.payoutId != null;
	}

}
