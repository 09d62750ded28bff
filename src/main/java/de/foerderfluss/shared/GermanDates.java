package de.foerderfluss.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

	public static String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(ZONE)) : "";
	}

}
