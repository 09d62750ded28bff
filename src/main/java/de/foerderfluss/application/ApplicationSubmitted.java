package de.foerderfluss.application;

/** A carrier submitted an application; it has its file number. */
public record ApplicationSubmitted(Long applicationId, Long carrierId) {
}
