package de.foerderfluss.application.web;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.foerderfluss.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The detail of an audit entry as a person reads it. What the system wrote (codes and
 * plain amounts such as {@code 2400.00}) is put into words and formatted; what people
 * wrote (reasons, notes) is shown as written.
 */
@Component
class HistoryDetails {

	/** Actions whose detail the system writes, with amounts in plain digits. */
	private static final Set<String> WRITTEN_BY_THE_SYSTEM = Set.of("APPROVED", "REPAID", "PARTLY_REPAID",
			"ELIGIBILITY_CHECKED", "FUND_CALL_SUBMITTED", "FUND_CALL_VERIFIED", "FUND_CALL_NOT_CORRECT",
			"FUND_CALL_CANCELLED", "PAYOUT_RELEASED");

	/** A plain amount with two decimals, not part of a date or a longer number. */
	private static final Pattern PLAIN_AMOUNT = Pattern.compile("(?<![\\d.,])(\\d+\\.\\d{2})(?![\\d.])( EUR)?");

	private final MessageSource messages;

	private final Formats formats;

	HistoryDetails(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	String describe(String action, String detail) {
		if (detail == null || detail.isBlank()) {
			return null;
		}
		return switch (action) {
			case "ASSESSED" -> label("application.history.recommendation." + detail, detail);
			case "NOTICE_ISSUED" -> label("document-kind." + detail, detail);
			case "REMINDER_SENT" -> label("application.history.reminder." + detail, detail);
			default -> WRITTEN_BY_THE_SYSTEM.contains(action) ? withAmounts(detail) : detail;
		};
	}

	private String withAmounts(String detail) {
		Matcher amounts = PLAIN_AMOUNT.matcher(detail);
		StringBuilder text = new StringBuilder();
		while (amounts.find()) {
			amounts.appendReplacement(text,
					Matcher.quoteReplacement(this.formats.money(new BigDecimal(amounts.group(1)))));
		}
		amounts.appendTail(text);
		return text.toString();
	}

	private String label(String code, String fallback) {
		return this.messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
	}

}
