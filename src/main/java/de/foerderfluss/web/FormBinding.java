package de.foerderfluss.web;

import java.math.BigDecimal;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** How every form and request parameter is bound: amounts only as people write them. */
@ControllerAdvice
class FormBinding {

	@InitBinder
	void amounts(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new AmountEditor());
	}

}
