package de.foerderfluss.programme;

import java.util.List;

/** A funding year's budget in total, per module and per municipality. */
public record BudgetOverview(String programme, int year, BudgetFigures total, List<BudgetFigures> modules,
		List<BudgetFigures> municipalities) {
}
