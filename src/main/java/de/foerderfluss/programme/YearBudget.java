package de.foerderfluss.programme;

import java.util.List;

import de.foerderfluss.shared.Money;

/**
 * A funding year with its programme, its modules and what they have been given together.
 */
public record YearBudget(FundingYear year, Programme programme, List<FundingModule> modules, Money distributed) {
}
