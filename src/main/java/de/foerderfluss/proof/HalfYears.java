package de.foerderfluss.proof;

import java.time.LocalDate;
import java.time.Month;

/** The half-years of the base rate: it changes on 1 January and 1 July (§ 247 BGB). */
final class HalfYears {

	private HalfYears() {
	}

	static boolean isStart(LocalDate day) {
		return day.getDayOfMonth() == 1 && (day.getMonth() == Month.JANUARY || day.getMonth() == Month.JULY);
	}

	/** The first day of the half-year the day lies in. */
	static LocalDate startOf(LocalDate day) {
		return LocalDate.of(day.getYear(), (day.getMonthValue() <= 6) ? 1 : 7, 1);
	}

	/** The first day of the next half-year. */
	static LocalDate nextStart(LocalDate day) {
		return startOf(day).plusMonths(6);
	}

}
