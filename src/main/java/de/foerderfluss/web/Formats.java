package de.foerderfluss.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.MoneyFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats for the pages, as bean {@code fmt}: amounts {@code 1.234,56 €}, dates
 * {@code 23.11.2026}, in English {@code 1,234.56 €}.
 */
@Component("fmt")
public class Formats {

	public String money(Object amount) {
		if (amount == null) {
			return "–";
		}
		Money money = (amount instanceof Money m) ? m : Money.of(new BigDecimal(amount.toString()));
		return MoneyFormat.format(money, locale());
	}

	public String date(Object date) {
		if (date instanceof LocalDate day) {
			return GermanDates.date(day);
		}
		if (date instanceof Instant instant) {
			return GermanDates.date(instant);
		}
		return (date != null) ? date.toString() : "–";
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? GermanDates.dateTime(instant) : "–";
	}

	/** ISO date for date inputs and machine-readable {@code <time>} elements. */
	public String iso(Object date) {
		if (date instanceof Instant instant) {
			return instant.atZone(GermanDates.ZONE).toLocalDate().toString();
		}
		return (date != null) ? date.toString() : "";
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
