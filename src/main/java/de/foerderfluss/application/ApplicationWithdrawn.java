package de.foerderfluss.application;

/** The carrier withdrew the application before any payout. */
public record ApplicationWithdrawn(Long applicationId) {
}
