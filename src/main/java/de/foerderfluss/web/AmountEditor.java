package de.foerderfluss.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.ParseException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.StringUtils;

/**
 * Amounts on forms, read only the way {@link AmountFormatter} reads them. Registered as
 * the editor of every {@link BigDecimal} a form binds, it comes before Spring's fallback
 * number editor, which would take {@code 1e5} for 100.000.
 */
class AmountEditor extends PropertyEditorSupport {

	private final AmountFormatter formatter = new AmountFormatter();

	@Override
	public void setAsText(String text) {
		if (!StringUtils.hasText(text)) {
			setValue(null);
			return;
		}
		try {
			setValue(this.formatter.parse(text, LocaleContextHolder.getLocale()));
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	@Override
	public String getAsText() {
		return (getValue() instanceof BigDecimal amount) ? this.formatter.print(amount, LocaleContextHolder.getLocale())
				: "";
	}

}
