package de.foerderfluss.application.web;

import java.util.List;
import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationService;
import de.foerderfluss.application.CostCategory;
import de.foerderfluss.programme.FinancingProperties;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.shared.DomainException;
import de.foerderfluss.web.FormErrors;
import de.foerderfluss.web.PageController;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A carrier applies: first the module, with what it funds and its limit, then the form
 * for that module with the cost plan. Adding and removing rows works without JavaScript
 * too.
 */
@PageController
class NewApplicationPageController {

	static final String FORM = "applicationForm";

	private final ApplicationService service;

	private final Offers offers;

	private final ApplicationFormCheck check;

	private final ProgrammeCatalogue catalogue;

	private final MessageSourceAccessor messages;

	private final FinancingProperties financing;

	NewApplicationPageController(ApplicationService service, Offers offers, ApplicationFormCheck check,
			ProgrammeCatalogue catalogue, MessageSourceAccessor messages, FinancingProperties financing) {
		this.financing = financing;
		this.service = service;
		this.offers = offers;
		this.check = check;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping("/antraege/neu")
	String start(@RequestParam(name = "baustein", required = false) String module,
			@RequestParam(name = "foerderjahr", required = false) Long year, Model model) {
		if (module == null || module.isBlank()) {
			return choice(model, null);
		}
		List<YearOffer> years = this.offers.openYearsWith(module);
		if (years.isEmpty()) {
			return choice(model, module);
		}
		Long chosen = years.stream()
			.map(YearOffer::id)
			.filter((id) -> id.equals(year))
			.findFirst()
			.orElse(years.get(0).id());
		model.addAttribute(FORM, ApplicationForm.empty(chosen, module));
		return form(model, module, null);
	}

	@PostMapping("/antraege/neu")
	String submit(@ModelAttribute(FORM) ApplicationForm form, BindingResult bound,
			@RequestParam(name = "addRow", required = false) String addRow,
			@RequestParam(name = "removeRow", required = false) Integer removeRow, Model model,
			RedirectAttributes redirect) {
		if (addRow != null || removeRow != null) {
			// Only the rows change: the form is shown again as typed, without complaints.
			ApplicationForm rows = (addRow != null) ? form.withEmptyRow() : form.withoutRow(removeRow);
			this.check.fresh(rows, FORM, model);
			return form(model, form.module(), form.rooms());
		}
		BindingResult binding = this.check.checked(form, bound, model);
		form.validateFinancing(binding, this.financing.termsFor(form.module()));
		Optional<YearOffer> year = this.offers.openYearsWith(form.module())
			.stream()
			.filter((offer) -> offer.id().equals(form.fundingYear()))
			.findFirst();
		if (form.fundingYear() != null && year.isEmpty()) {
			binding.rejectValue("fundingYear", "application.form.year.not-open");
		}
		if (binding.hasErrors()) {
			return form(model, form.module(), form.rooms());
		}
		try {
			Application application = this.service
				.submit(form.toCommand(year.get().year(), year.get().programmeCode()));
			redirect.addFlashAttribute("success", this.messages.getMessage("application.form.submitted",
					new Object[] { application.getFileNumber(), application.getTitle() }));
			return "redirect:/antraege/" + application.getId();
		}
		catch (DomainException ex) {
			FormErrors.reject(binding, ex);
			return form(model, form.module(), form.rooms());
		}
	}

	private String choice(Model model, String unknownModule) {
		model.addAttribute("years", this.offers.openYears());
		model.addAttribute("unknownModule", unknownModule);
		return "application/modules";
	}

	private String form(Model model, String module, Integer rooms) {
		List<YearOffer> years = this.offers.openYearsWith(module);
		if (years.isEmpty()) {
			return choice(model, module);
		}
		model.addAttribute("years", years);
		model.addAttribute("offer", years.get(0).module(module).orElseThrow());
		model.addAttribute("limit", this.offers.limitFor(module, rooms).orElse(null));
		model.addAttribute("categories", CostCategory.values());
		model.addAttribute("financingTerms", this.financing.termsFor(module));
		model.addAttribute("municipalities", this.catalogue.municipalities());
		return "application/form";
	}

}
