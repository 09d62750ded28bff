package de.foerderfluss.shared;

import java.util.List;
import java.util.Locale;

/**
 * The languages Förderfluss speaks and which one is used where. German is the language of
 * the authority: of every page unless the person chooses English, and always of notices
 * and mails, which are official letters whoever reads them. API clients get English by
 * asking for it in the Accept-Language header.
 */
public final class Languages {

	/** The language of pages and API answers unless English is chosen or asked for. */
	public static final Locale DEFAULT = Locale.GERMAN;

	public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

	/** Notices, their reasons and mails are issued in German. */
	public static final Locale OFFICIAL = Locale.GERMANY;

	private Languages() {
	}

	/**
	 * The supported language an API client asks for.
	 * @param acceptLanguage the Accept-Language header, may be {@code null}
	 * @return the best supported match, or German
	 */
	public static Locale requested(String acceptLanguage) {
		if (acceptLanguage == null) {
			return DEFAULT;
		}
		try {
			Locale requested = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
			return (requested != null) ? requested : DEFAULT;
		}
		catch (IllegalArgumentException notAHeader) {
			return DEFAULT;
		}
	}

	/**
	 * Numbers are written the British way in English ({@code 1,234.56}) and the German
	 * way otherwise ({@code 1.234,56}).
	 * @param language the language of the reader
	 * @return the locale to format numbers with
	 */
	public static Locale numbers(Locale language) {
		return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.UK : Locale.GERMANY;
	}

}
