package de.foerderfluss.disbursement;

/** Finance released a payout; it is booked against the budget. */
public record PayoutReleased(Long payoutId, Long fundCallId, Long applicationId) {
}
