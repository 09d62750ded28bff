package de.foerderfluss.application;

/** A document's description together with its bytes, for download. */
public record StoredFile(ApplicationDocument document, byte[] content) {
}
