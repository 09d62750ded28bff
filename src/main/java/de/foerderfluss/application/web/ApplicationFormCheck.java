package de.foerderfluss.application.web;

import jakarta.validation.Validator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks a bound application form in one go. When a value cannot be converted (an amount
 * such as "zwölf", a date typed by hand) Spring checks no constraint and its result holds
 * no form; the result made here always holds the form, so every error shows at once and
 * the page shows everything as typed, amounts formatted as usual.
 */
@Component
class ApplicationFormCheck {

	private final SpringValidatorAdapter validator;

	private final ConversionService conversions;

	ApplicationFormCheck(Validator validator, @Qualifier("mvcConversionService") ConversionService conversions) {
		this.validator = new SpringValidatorAdapter(validator);
		this.conversions = conversions;
	}

	/** A result without errors on the form, for the page to show it as it is. */
	BindingResult fresh(ApplicationForm form, String name, Model model) {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, name);
		result.initConversion(this.conversions);
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
		return result;
	}

	/**
	 * A result on the form with what binding found, the constraints and the cost plan
	 * checked; a field that could not be converted keeps that one error.
	 */
	BindingResult checked(ApplicationForm form, BindingResult binding, Model model) {
		BindingResult result = fresh(form, binding.getObjectName(), model);
		binding.getAllErrors().forEach(result::addError);
		BeanPropertyBindingResult constraints = new BeanPropertyBindingResult(form, binding.getObjectName());
		this.validator.validate(form, constraints);
		for (FieldError error : constraints.getFieldErrors()) {
			if (!result.hasFieldErrors(error.getField())) {
				result.addError(error);
			}
		}
		form.validateCostPlan(result);
		return result;
	}

}
