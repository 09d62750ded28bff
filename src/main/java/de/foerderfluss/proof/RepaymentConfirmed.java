package de.foerderfluss.proof;

/** Finance confirmed a repayment; {@code settled} once nothing is outstanding. */
public record RepaymentConfirmed(Long applicationId, boolean settled) {
}
