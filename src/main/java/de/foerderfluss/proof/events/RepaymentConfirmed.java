package de.foerderfluss.proof.events;

/** Finance confirmed a repayment; {@code settled} once nothing is outstanding. */
public record RepaymentConfirmed(Long applicationId, boolean settled) {
}
