package de.foerderfluss.application.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import de.foerderfluss.application.FinancingPlan;
import de.foerderfluss.application.ModuleRules;
import de.foerderfluss.application.StartOfMeasure;
import de.foerderfluss.application.SubmitApplication;
import de.foerderfluss.programme.FinancingTerms;
import de.foerderfluss.shared.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * A new application as typed into the form. The funding year is chosen by its id among
 * the open years; whether the period, rooms, year and town are right, the service
 * decides.
 */
record ApplicationForm(@NotNull Long fundingYear, @NotBlank @Size(max = 5) String module,
		@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String summary,
		@NotBlank @Size(max = 100) String municipality, @NotNull LocalDate startDate, @NotNull LocalDate endDate,
		@Min(1) @Max(Offers.MAX_ROOMS) Integer rooms, List<CostLineForm> costItems, FinancingFields financing,
		Boolean alreadyStarted, Boolean earlyStartRequested, @Size(max = 2000) String earlyStartReason) {

	/** Empty rows a new form starts with, so it works without JavaScript too. */
	static final int EMPTY_ROWS = 3;

	/** As many cost lines as the API accepts. */
	static final int MAX_ROWS = 50;

	ApplicationForm {
		// Rows missing from the request stay empty rows, so row numbers match the page.
		costItems = (costItems != null)
				? costItems.stream().map((row) -> (row != null) ? row : CostLineForm.EMPTY).toList() : List.of();
		financing = (financing != null) ? financing : new FinancingFields(null, null, null, null);
	}

	static ApplicationForm empty(Long fundingYear, String module) {
		return new ApplicationForm(fundingYear, module, null, null, null, null, null, null,
				Collections.nCopies(EMPTY_ROWS, CostLineForm.EMPTY), FinancingFields.EMPTY, false, false, null);
	}

	ApplicationForm withRows(List<CostLineForm> rows) {
		return new ApplicationForm(this.fundingYear, this.module, this.title, this.summary, this.municipality,
				this.startDate, this.endDate, this.rooms, rows, this.financing, this.alreadyStarted,
				this.earlyStartRequested, this.earlyStartReason);
	}

	/** The same form with one more empty row, for the page without JavaScript. */
	ApplicationForm withEmptyRow() {
		List<CostLineForm> rows = new ArrayList<>(this.costItems);
		rows.add(CostLineForm.EMPTY);
		return withRows(rows);
	}

	/** The same form without the row, keeping at least one row. */
	ApplicationForm withoutRow(int index) {
		List<CostLineForm> rows = new ArrayList<>(this.costItems);
		if (index >= 0 && index < rows.size() && rows.size() > 1) {
			rows.remove(index);
		}
		return withRows(rows);
	}

	/** The sum of the amounts typed so far. */
	public Money total() {
		return Money.sum(this.costItems.stream()
			.map(CostLineForm::amount)
			.filter((amount) -> amount != null && amount.scale() <= 2)
			.map(Money::of));
	}

	/**
	 * Checks the rows that are filled in: each needs a category, a description and a
	 * positive amount in euros and cents; the plan needs at least one row.
	 */
	void validateCostPlan(Errors errors) {
		int filled = 0;
		for (int i = 0; i < this.costItems.size(); i++) {
			CostLineForm row = this.costItems.get(i);
			if (row.isBlank() && !errors.hasFieldErrors("costItems[" + i + "].amount")) {
				continue;
			}
			filled++;
			String path = "costItems[" + i + "].";
			Object[] number = { i + 1 };
			if (row.category() == null && !errors.hasFieldErrors(path + "category")) {
				errors.rejectValue(path + "category", "application.form.cost.category.required", number, null);
			}
			if (row.description() == null || row.description().isBlank()) {
				errors.rejectValue(path + "description", "application.form.cost.description.required", number, null);
			}
			else if (row.description().strip().length() > 500) {
				errors.rejectValue(path + "description", "application.form.cost.description.too-long",
						new Object[] { i + 1, 500 }, null);
			}
			if (!errors.hasFieldErrors(path + "amount")) {
				rejectAmount(errors, path + "amount", row.amount(), number);
			}
		}
		if (filled == 0) {
			errors.rejectValue("costItems", "application.form.cost-plan.empty");
		}
		else if (filled > MAX_ROWS) {
			errors.rejectValue("costItems", "application.form.cost-plan.too-many", new Object[] { MAX_ROWS }, null);
		}
	}

	/**
	 * Checks the financing plan: each amount in euros and cents, none negative, and, once
	 * the cost plan is right, that the plan adds up under the module's terms.
	 */
	void validateFinancing(Errors errors, FinancingTerms terms) {
		String[] fields = { "ownFunds", "thirdPartyFunds", "income", "requestedGrant" };
		BigDecimal[] amounts = { this.financing.ownFunds(), this.financing.thirdPartyFunds(), this.financing.income(),
				this.financing.requestedGrant() };
		for (int i = 0; i < fields.length; i++) {
			String field = "financing." + fields[i];
			BigDecimal amount = amounts[i];
			if (errors.hasFieldErrors(field)) {
				continue;
			}
			if (amount == null) {
				continue;
			}
			else if (amount.scale() > 2) {
				errors.rejectValue(field, "application.form.financing.digits");
			}
			else if (amount.precision() - amount.scale() > 10) {
				errors.rejectValue(field, "application.form.financing.too-large");
			}
		}
		if (errors.hasFieldErrors("financing.*") || errors.hasFieldErrors("costItems*") || !this.financing.readable()) {
			return;
		}
		FinancingPlan.of(total(), this.financing.toSources(total()))
			.problems(terms)
			.forEach((problem) -> errors.rejectValue("financing." + problem.field(), problem.code(),
					problem.arguments(), null));
	}

	private static void rejectAmount(Errors errors, String field, BigDecimal amount, Object[] number) {
		if (amount == null) {
			errors.rejectValue(field, "application.form.cost.amount.required", number, null);
		}
		else if (amount.signum() <= 0) {
			errors.rejectValue(field, "application.form.cost.amount.positive", number, null);
		}
		else if (amount.scale() > 2) {
			errors.rejectValue(field, "application.form.cost.amount.digits", number, null);
		}
		else if (amount.precision() - amount.scale() > 10) {
			errors.rejectValue(field, "application.form.cost.amount.too-large", number, null);
		}
	}

	/** The command for the service; call only after the form was checked. */
	SubmitApplication toCommand(int year, String programme) {
		return new SubmitApplication(year, programme, this.module, this.title.strip(), this.summary.strip(),
				this.municipality, this.startDate, this.endDate,
				ModuleRules.needsRooms(this.module) ? this.rooms : null,
				this.costItems.stream()
					.filter((row) -> !row.isBlank())
					.map((row) -> new SubmitApplication.Line(row.category(), row.description().strip(),
							Money.of(row.amount())))
					.toList(),
				this.financing.toSources(total()),
				new StartOfMeasure(Boolean.TRUE.equals(this.alreadyStarted),
						Boolean.TRUE.equals(this.earlyStartRequested),
						(this.earlyStartReason != null && !this.earlyStartReason.isBlank())
								? this.earlyStartReason.strip() : null));
	}

}
