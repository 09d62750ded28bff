package de.foerderfluss.audit;

import de.foerderfluss.shared.Money;

/**
 * A fact of a history entry, kept with its kind so that each reader sees it in their own
 * language: an amount in euros, a number such as the id of a fund call, a day, or a label
 * that is itself a message key (a recommendation, a kind of notice or reminder).
 */
public record HistoryValue(Kind kind, String value) {

	public static HistoryValue amount(Money amount) {
		return new HistoryValue(Kind.AMOUNT, amount.amount().toPlainString());
	}

	public static HistoryValue number(long number) {
		return new HistoryValue(Kind.NUMBER, Long.toString(number));
	}

	public static HistoryValue date(java.time.LocalDate date) {
		return new HistoryValue(Kind.DATE, date.toString());
	}

	public static HistoryValue label(String messageCode) {
		return new HistoryValue(Kind.LABEL, messageCode);
	}

	public enum Kind {

		AMOUNT, NUMBER, LABEL, DATE

	}

}
