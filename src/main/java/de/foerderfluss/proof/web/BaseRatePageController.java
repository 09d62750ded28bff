package de.foerderfluss.proof.web;

import de.foerderfluss.proof.BaseRate;
import de.foerderfluss.proof.InterestService;
import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.web.FormErrors;
import de.foerderfluss.web.PageController;
import jakarta.validation.Valid;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep the base-rate table (§ 247 BGB): one rate per half-year, as the
 * Bundesbank publishes it; an entry is never changed.
 */
@PageController
class BaseRatePageController {

	private final InterestService interest;

	private final MessageSourceAccessor messages;

	BaseRatePageController(InterestService interest, MessageSourceAccessor messages) {
		this.interest = interest;
		this.messages = messages;
	}

	@GetMapping("/verwaltung/basiszinssaetze")
	String list(Model model) {
		model.addAttribute("form", new BaseRateForm(null, null));
		return page(model);
	}

	@PostMapping("/verwaltung/basiszinssaetze")
	String record(@Valid @ModelAttribute("form") BaseRateForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			BaseRate rate = this.interest.recordBaseRate(form.validFrom(), form.ratePercent());
			redirect.addFlashAttribute("success", this.messages.getMessage("proof.base-rates.done",
					new Object[] { GermanDates.date(rate.getValidFrom()), rate.getRatePercent() }));
			return "redirect:/verwaltung/basiszinssaetze";
		}, () -> page(model));
	}

	private String page(Model model) {
		model.addAttribute("rates", this.interest.baseRates());
		model.addAttribute("margin", this.interest.properties().marginPercent());
		return "proof/base-rates";
	}

}
