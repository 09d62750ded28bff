package de.foerderfluss.proof;

/** The carrier submitted its proof of use. */
public record ProofSubmitted(Long applicationId) {
}
