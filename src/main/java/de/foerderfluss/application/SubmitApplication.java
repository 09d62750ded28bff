package de.foerderfluss.application;

import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.shared.Money;

/**
 * What a carrier submits; checked for form by the web layer and for meaning by the
 * service. Without a financing plan the whole cost is applied for.
 */
public record SubmitApplication(int fundingYear, String programme, String module, String title, String summary,
		String municipality, LocalDate startDate, LocalDate endDate, Integer rooms, List<Line> costItems,
		FinancingPlan.Sources financing, StartOfMeasure start) {

	public SubmitApplication {
		start = (start != null) ? start : StartOfMeasure.NOT_STARTED;
		if (financing == null && costItems != null) {
			financing = FinancingPlan.Sources.grantOnly(Money.sum(costItems.stream().map(Line::amount)));
		}
	}

	/** The total of the cost lines. */
	public Money totalCosts() {
		return Money.sum(this.costItems.stream().map(Line::amount));
	}

	public record Line(CostCategory category, String description, Money amount) {
	}

}
