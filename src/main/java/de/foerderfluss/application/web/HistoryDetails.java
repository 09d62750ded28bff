package de.foerderfluss.application.web;

import java.math.BigDecimal;

import de.foerderfluss.audit.AuditEntry;
import de.foerderfluss.audit.HistoryValue;
import de.foerderfluss.web.Formats;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The detail of an audit entry as a person reads it: its values put into words by the
 * action's pattern in the reader's language (amounts as {@code 1.234,56 €}, labels
 * translated), or the text a person wrote, shown as written.
 */
@Component
class HistoryDetails {

	private final MessageSourceAccessor messages;

	private final Formats formats;

	HistoryDetails(MessageSourceAccessor messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	String describe(AuditEntry entry) {
		if (!entry.getValues().isEmpty()) {
			Object[] values = entry.getValues().stream().map(this::text).toArray();
			return this.messages.getMessage(entry.getAction().detailCode(), values);
		}
		String detail = entry.getDetail();
		return (detail == null || detail.isBlank()) ? null : detail;
	}

	private String text(HistoryValue value) {
		return switch (value.kind()) {
			case AMOUNT -> this.formats.money(new BigDecimal(value.value()));
			case NUMBER -> value.value();
			case LABEL -> this.messages.getMessage(value.value(), null, value.value());
			case DATE -> this.formats.date(java.time.LocalDate.parse(value.value()));
		};
	}

}
