package de.foerderfluss.application;

import de.foerderfluss.shared.Money;

/** The application was approved at this amount: money may now be called up to it. */
public record ApplicationApproved(Long applicationId, Money amount) {
}
