package de.foerderfluss.application;

/** The carrier accepted the forwarding contract; money may now be called. */
public record ContractAccepted(Long applicationId) {
}
