package de.foerderfluss.web;

import de.foerderfluss.shared.DomainException;
import de.foerderfluss.shared.InvalidInputException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Turns a refusal of the domain into an error of the form: at its field, or at the top.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult binding, DomainException refusal) {
		if (refusal instanceof InvalidInputException invalid) {
			try {
				binding.rejectValue(invalid.field(), invalid.messageCode(), invalid.arguments(), null);
				return;
			}
			catch (NotReadablePropertyException ex) {
				// The field is not on this form: the message goes to the top.
			}
		}
		binding.reject(refusal.messageCode(), refusal.arguments(), null);
	}

}
