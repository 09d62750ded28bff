package de.foerderfluss.review.events;

/** A reviewer found the application complete, or asked for documents. */
public record CompletenessChecked(Long applicationId, boolean complete) {
}
