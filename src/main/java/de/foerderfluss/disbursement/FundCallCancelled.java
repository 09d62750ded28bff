package de.foerderfluss.disbursement;

/** An open fund call was cancelled because its application was withdrawn. */
public record FundCallCancelled(Long fundCallId) {
}
