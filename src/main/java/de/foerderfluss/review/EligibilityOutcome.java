package de.foerderfluss.review;

import de.foerderfluss.shared.Money;

/** What the eligibility and limit rules say about an application. */
public record EligibilityOutcome(boolean eligible, Money maximumAmount, boolean flatRate, String reason) {
}
