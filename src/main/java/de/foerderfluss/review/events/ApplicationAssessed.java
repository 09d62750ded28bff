package de.foerderfluss.review.events;

/** A reviewer assessed the application and recommended approval or rejection. */
public record ApplicationAssessed(Long applicationId, boolean approvalRecommended) {
}
