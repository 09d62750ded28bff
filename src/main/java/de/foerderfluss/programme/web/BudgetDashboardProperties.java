package de.foerderfluss.programme.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the budget dashboard warns.
 *
 * @param warningPercent a budget line with less than this share of its allocation
 * available is flagged as nearly used up
 */
@ConfigurationProperties("foerderfluss.budget-dashboard")
public record BudgetDashboardProperties(Integer warningPercent) {

	public BudgetDashboardProperties {
		warningPercent = (warningPercent != null) ? warningPercent : 10;
		if (warningPercent < 0 || warningPercent > 100) {
			throw new IllegalArgumentException(
					"foerderfluss.budget-dashboard.warning-percent must lie between 0 and 100, not " + warningPercent);
		}
	}

}
