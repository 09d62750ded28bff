package de.foerderfluss.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates as German authorities write them: {@code 23.11.2026}, times in German local time.
 */
public final class GermanDates {

	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'");

	private GermanDates() {
	}

	public static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	public static String date(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(ZONE)) : "";
	}

	/**
	 * The last day on which something due at the given moment may still be done: a
	 * deadline at midnight falls at the start of the day after it.
	 */
	public static LocalDate lastDay(Instant due) {
		if (due == null) {
			return null;
		}
		ZonedDateTime local = due.atZone(ZONE);
		return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
	}

	public static String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(ZONE)) : "";
	}

}
