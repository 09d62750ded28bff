package de.foerderfluss.review.events;

/** An approver decided, or co-signed a decision that needed a second signature. */
public record ApplicationDecided(Long applicationId, boolean approved, boolean coSignature) {
}
