package de.foerderfluss.proof;

import java.time.LocalDate;

import de.foerderfluss.shared.Money;

/**
 * An amount that bears interest from one day (counted) until another (not counted).
 *
 * @param kind why it bears interest
 * @param principal the amount
 * @param from the first day that bears interest
 * @param until the day the interest stops: the day the money came back or was used
 */
record Accrual(InterestKind kind, Money principal, LocalDate from, LocalDate until) {

	boolean isEmpty() {
		return !this.principal.isPositive() || !this.from.isBefore(this.until);
	}

}
