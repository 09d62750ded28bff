package de.foerderfluss.application;

import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.shared.Money;

/**
 * What a carrier submits; checked for form by the web layer and for meaning by the
 * service.
 */
public record SubmitApplication(int fundingYear, String programme, String module, String title, String summary,
		String municipality, LocalDate startDate, LocalDate endDate, Integer rooms, List<Line> costItems) {

	public record Line(CostCategory category, String description, Money amount) {
	}

}
