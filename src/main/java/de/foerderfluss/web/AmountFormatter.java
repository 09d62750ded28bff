package de.foerderfluss.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import de.foerderfluss.shared.Languages;
import org.springframework.format.Formatter;

/**
 * Amounts in forms as people type them: {@code 1.234,56}, {@code 1234,56} or
 * {@code 1234.56}. Anything ambiguous or with more than two decimals is refused rather
 * than guessed.
 */
class AmountFormatter implements Formatter<BigDecimal> {

	private static final Pattern GERMAN = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?|\\d+(,\\d{1,2})?");

	private static final Pattern ENGLISH = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?|\\d+(\\.\\d{1,2})?");

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		String value = text.strip().replace("€", "").replace(" ", "").replace("\u00a0", "");
		boolean negative = value.startsWith("-");
		String digits = negative ? value.substring(1) : value;
		BigDecimal amount;
		if (GERMAN.matcher(digits).matches()) {
			amount = new BigDecimal(digits.replace(".", "").replace(',', '.'));
		}
		else if (ENGLISH.matcher(digits).matches()) {
			amount = new BigDecimal(digits.replace(",", ""));
		}
		else {
			throw new ParseException("Not an amount: " + text, 0);
		}
		return negative ? amount.negate() : amount;
	}

	/**
	 * As the person would type it again: {@code 7.000,00}, in English {@code 7,000.00}.
	 */
	@Override
	public String print(BigDecimal amount, Locale locale) {
		DecimalFormat format = new DecimalFormat("#,##0.00",
				DecimalFormatSymbols.getInstance(Languages.numbers(locale)));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(amount);
	}

}
