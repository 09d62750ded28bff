package de.foerderfluss.proof.events;

/**
 * A reviewer audited the proof of use; a repayment is due when less was recognised than
 * paid.
 */
public record ProofAudited(Long applicationId, boolean repaymentRequired) {
}
