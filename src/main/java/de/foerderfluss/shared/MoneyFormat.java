package de.foerderfluss.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats amounts the way German authorities print them: {@code 1.234,56 €}. */
public final class MoneyFormat {

	private static final String PATTERN = "#,##0.00";

	private MoneyFormat() {
	}

	public static String format(Money money, Locale locale) {
		DecimalFormat format = new DecimalFormat(PATTERN, DecimalFormatSymbols.getInstance(Languages.numbers(locale)));
		return format.format(money.amount()) + " €";
	}

	public static String german(Money money) {
		return format(money, Languages.OFFICIAL);
	}

}
