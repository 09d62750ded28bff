package de.foerderfluss.application.web;

import java.math.BigDecimal;

import de.foerderfluss.application.CostCategory;

/** One row of the cost plan as typed; a row left empty is not part of the plan. */
record CostLineForm(CostCategory category, String description, BigDecimal amount) {

	static final CostLineForm EMPTY = new CostLineForm(null, null, null);

	boolean isBlank() {
		return this.category == null && (this.description == null || this.description.isBlank()) && this.amount == null;
	}

}
