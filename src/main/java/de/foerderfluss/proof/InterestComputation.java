package de.foerderfluss.proof;

import java.math.BigDecimal;
import java.util.List;

import de.foerderfluss.shared.Money;

/**
 * Computed interest: the margin applied, each period, and the total rounded to the cent.
 */
public record InterestComputation(BigDecimal marginPercent, List<InterestPeriod> periods, Money total) {

}
