package de.foerderfluss.review;

import java.math.BigDecimal;

/** The facts the eligibility and limit rules look at. */
public record EligibilityFacts(String module, String legalForm, BigDecimal requestedAmount, int rooms,
		boolean periodWithinFundingYear) {
}
