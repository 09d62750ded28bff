package de.foerderfluss.web;

import java.util.function.Supplier;

import de.foerderfluss.shared.DomainException;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.NotFoundException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Turns a refusal of the domain into an error of the form: at its field, or at the top.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Takes the step of a form and returns where it leads. A form that already has errors
	 * (a value that cannot be read, a field left empty) is shown again without taking the
	 * step. An object that is not found stays a 404 page, since there is nothing to show
	 * the form for; any other refusal of the domain becomes an error at its field or at
	 * the top, and the form is shown again with what was typed.
	 * @param binding the errors of the form
	 * @param step takes the step and returns the view it leads to, usually a redirect
	 * @param form shows the form again and returns its view
	 * @return the view of the step, or of the form after a refusal
	 */
	public static String takeStep(BindingResult binding, Supplier<String> step, Supplier<String> form) {
		if (binding.hasErrors()) {
			return form.get();
		}
		try {
			return step.get();
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			reject(binding, ex);
			return form.get();
		}
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
