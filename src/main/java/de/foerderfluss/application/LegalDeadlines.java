package de.foerderfluss.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * Deadlines counted as German procedural law counts them (§ 57 Abs. 2 VwGO with § 222 ZPO
 * and §§ 187, 188 BGB): a period set off by an event starts on the day after it and a
 * period of months ends on the day of the last month with the event's number, or the
 * month's last day where it has none; a deadline that ends on a Saturday, Sunday or
 * public holiday of North Rhine-Westphalia ends on the next working day.
 */
final class LegalDeadlines {

	private LegalDeadlines() {
	}

	/** The last day of a period that an event on {@code eventDay} sets off. */
	static LocalDate lastDay(LocalDate eventDay, Period period) {
		// LocalDate.plus keeps the day of the month or takes the month's last day (§ 188
		// Abs. 2, 3 BGB); a period of days counts from the day after the event (§ 187
		// Abs. 1 BGB), which plusDays does.
		LocalDate end = eventDay.plus(period);
		while (!isWorkingDay(end)) {
			end = end.plusDays(1);
		}
		return end;
	}

	static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !isPublicHoliday(day);
	}

	/** The public holidays of North Rhine-Westphalia (Feiertagsgesetz NW, § 2). */
	static boolean isPublicHoliday(LocalDate day) {
		int year = day.getYear();
		LocalDate easter = easterSunday(year);
		Set<LocalDate> holidays = Set.of(LocalDate.of(year, 1, 1), easter.minusDays(2), easter.plusDays(1),
				LocalDate.of(year, 5, 1), easter.plusDays(39), easter.plusDays(50), easter.plusDays(60),
				LocalDate.of(year, 10, 3), LocalDate.of(year, 11, 1), LocalDate.of(year, 12, 25),
				LocalDate.of(year, 12, 26));
		return holidays.contains(day);
	}

	/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, dayOfMonth);
	}

}
