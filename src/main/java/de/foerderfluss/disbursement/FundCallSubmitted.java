package de.foerderfluss.disbursement;

/** A carrier called funds. */
public record FundCallSubmitted(Long fundCallId, Long applicationId) {
}
