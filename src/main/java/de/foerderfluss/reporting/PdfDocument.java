package de.foerderfluss.reporting;

/** A rendered document: the PDF and the file name it is offered under. */
public record PdfDocument(String filename, byte[] content) {
}
