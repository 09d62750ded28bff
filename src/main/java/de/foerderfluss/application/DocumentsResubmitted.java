package de.foerderfluss.application;

/** The carrier answered a request for documents. */
public record DocumentsResubmitted(Long applicationId) {
}
