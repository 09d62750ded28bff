package de.foerderfluss.disbursement;

/** A reviewer checked a fund call as factually correct, or not. */
public record FundCallVerified(Long fundCallId, Long applicationId, boolean correct) {
}
