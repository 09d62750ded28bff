package de.foerderfluss.programme.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.NewFundingYear;

import de.foerderfluss.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A new funding year with its allocation and one row per module A to D; a row left empty
 * is a module the year does not offer.
 */
record FundingYearAdminForm(@NotNull Integer year,
		@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal allocation, Boolean open,
		@Valid List<Row> modules) {

	static final List<String> CODES = List.of("A", "B", "C", "D");

	FundingYearAdminForm {
		// Rows not sent, or not readable, count as empty: their errors are in the
		// binding.
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < CODES.size(); i++) {
			Row row = (modules != null && i < modules.size()) ? modules.get(i) : null;
			rows.add((row != null) ? row : new Row(null, null, null));
		}
		modules = List.copyOf(rows);
		// An unticked checkbox sends nothing.
		open = Boolean.TRUE.equals(open);
	}

	/** The next year, with the modules' names and descriptions of the latest one. */
	static FundingYearAdminForm following(int year, List<FundingModule> latestModules) {
		List<Row> rows = CODES.stream()
			.map((code) -> latestModules.stream()
				.filter((module) -> module.getCode().equals(code))
				.findFirst()
				.map((module) -> new Row(module.getName(), module.getDescription(), null))
				.orElse(new Row(null, null, null)))
			.toList();
		return new FundingYearAdminForm(year, null, true, rows);
	}

	/** The year as the service takes it: only the modules offered, each with its code. */
	NewFundingYear newYear() {
		List<NewFundingYear.Module> offered = new ArrayList<>();
		for (int i = 0; i < CODES.size(); i++) {
			Row row = this.modules.get(i);
			if (row.offered()) {
				offered.add(new NewFundingYear.Module(CODES.get(i), row.name(), row.description(),
						Money.of(row.allocation())));
			}
		}
		return new NewFundingYear(this.year, Money.of(this.allocation), this.open, offered);
	}

	/** One module: offered when a name or an allocation is typed. */
	record Row(@Size(max = 200) String name, @Size(max = 2000) String description,
			@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal allocation) {

		boolean offered() {
			return (this.name != null && !this.name.isBlank()) || this.allocation != null;
		}

	}

}
