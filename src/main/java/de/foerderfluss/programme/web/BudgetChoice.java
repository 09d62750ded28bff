package de.foerderfluss.programme.web;

import jakarta.validation.constraints.Size;

/**
 * The budget the dashboard shows, as GET parameters: the programme's code and the funding
 * year. Either may be left out where only one fits.
 */
record BudgetChoice(@Size(max = 20) String programme, Integer fundingYear) {

	boolean programmeGiven() {
		return this.programme != null && !this.programme.isBlank();
	}

}
