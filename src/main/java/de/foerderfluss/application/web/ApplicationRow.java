package de.foerderfluss.application.web;

import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.shared.Money;

/** One application in a list, with its open steps. */
record ApplicationRow(Long id, String fileNumber, String title, String carrierName, String module, String municipality,
		ApplicationStatus status, Money requestedAmount, List<StepView> steps) {

	/** The deadline the list shows: the last day of the first step. */
	public LocalDate lastDay() {
		return this.steps.isEmpty() ? null : this.steps.get(0).lastDay();
	}

	public boolean overdue() {
		return !this.steps.isEmpty() && this.steps.get(0).overdue();
	}

}
