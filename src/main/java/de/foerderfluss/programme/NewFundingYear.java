package de.foerderfluss.programme;

import java.util.List;

import de.foerderfluss.shared.Money;

/**
 * A funding year as an administrator sets it up, open for applications or not yet.
 *
 * @param year the calendar year
 * @param allocation the year's allocation (Landeszuweisung)
 * @param open whether it takes applications at once
 * @param modules the modules offered, which share the allocation
 */
public record NewFundingYear(int year, Money allocation, boolean open, List<Module> modules) {

	/** A module of a new funding year. */
	public record Module(String code, String name, String description, Money allocation) {
	}

}
