package de.foerderfluss.proof.events;

/**
 * A reviewer audited the proof of use; a hearing is required when the audit found a
 * burden: less recognised than paid, or the proof not accepted.
 */
public record ProofAudited(Long applicationId, boolean hearingRequired) {
}
