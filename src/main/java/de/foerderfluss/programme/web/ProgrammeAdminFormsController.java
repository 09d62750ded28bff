package de.foerderfluss.programme.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.programme.FundingYear;
import de.foerderfluss.programme.ForwardingForm;
import de.foerderfluss.programme.Programme;
import de.foerderfluss.programme.ProgrammeAdministration;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.web.FormErrors;
import de.foerderfluss.web.PageController;
import jakarta.validation.Valid;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators set up a programme and its funding years with their modules. */
@PageController
class ProgrammeAdminFormsController {

	private final ProgrammeAdministration administration;

	private final ProgrammeCatalogue catalogue;

	private final MessageSourceAccessor messages;

	private final Clock clock;

	ProgrammeAdminFormsController(ProgrammeAdministration administration, ProgrammeCatalogue catalogue,
			MessageSourceAccessor messages, Clock clock) {
		this.administration = administration;
		this.catalogue = catalogue;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/verwaltung/programme/neu")
	String newProgramme(Model model) {
		model.addAttribute("form", new ProgrammeAdminForm(null, null, null, ForwardingForm.CONTRACT));
		return "programme/programme-new";
	}

	@PostMapping("/verwaltung/programme/neu")
	String create(@Valid @ModelAttribute("form") ProgrammeAdminForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return FormErrors.takeStep(binding, () -> {
			Programme programme = this.administration.createProgramme(form.code(), form.name(), form.description(),
					form.forwardingForm());
			redirect.addFlashAttribute("success",
					this.messages.getMessage("admin.programme.created", new Object[] { programme.getName() }));
			return "redirect:/verwaltung/programme/" + programme.getId() + "/jahre/neu";
		}, () -> "programme/programme-new");
	}

	@GetMapping("/verwaltung/programme/{id}/jahre/neu")
	String newYear(@PathVariable Long id, Model model) {
		Programme programme = this.administration.programme(id);
		List<FundingYear> years = this.catalogue.yearsOf(programme);
		FundingYear latest = years.isEmpty() ? null : years.get(years.size() - 1);
		int next = (latest != null) ? latest.getYear() + 1 : LocalDate.now(this.clock).getYear();
		model.addAttribute("form",
				FundingYearAdminForm.following(next, (latest != null) ? this.catalogue.modulesOf(latest) : List.of()));
		return yearPage(programme, model);
	}

	@PostMapping("/verwaltung/programme/{id}/jahre/neu")
	String addYear(@PathVariable Long id, @Valid @ModelAttribute("form") FundingYearAdminForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Programme programme = this.administration.programme(id);
		BindingResult kept = keptWith(form, binding, model);
		requireCompleteRows(form, kept);
		return FormErrors.takeStep(kept, () -> {
			FundingYear year = this.administration.addYear(id, form.newYear());
			redirect.addFlashAttribute("success", this.messages.getMessage("admin.year.created",
					new Object[] { String.valueOf(year.getYear()), programme.getName() }));
			return "redirect:/verwaltung/programme#year-" + year.getId();
		}, () -> yearPage(programme, model));
	}

	/**
	 * After an unreadable amount Spring hands over the form but leaves the binding
	 * without it; the page shows the form with its errors, so both are put back together.
	 */
	private static BindingResult keptWith(FundingYearAdminForm form, BindingResult binding, Model model) {
		if (binding.getTarget() != null) {
			return binding;
		}
		BeanPropertyBindingResult kept = new BeanPropertyBindingResult(form, binding.getObjectName());
		kept.addAllErrors(binding);
		model.addAttribute(binding.getObjectName(), form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + binding.getObjectName(), kept);
		return kept;
	}

	/** A module offered needs its name and its allocation. */
	private static void requireCompleteRows(FundingYearAdminForm form, BindingResult binding) {
		for (int i = 0; i < form.modules().size(); i++) {
			FundingYearAdminForm.Row row = form.modules().get(i);
			String field = "modules[" + i + "].";
			if (row.offered() && (row.name() == null || row.name().isBlank())) {
				binding.rejectValue(field + "name", "admin.error.module.name-required");
			}
			if (row.offered() && row.allocation() == null && !binding.hasFieldErrors(field + "allocation")) {
				binding.rejectValue(field + "allocation", "admin.error.module.allocation-required");
			}
		}
	}

	private String yearPage(Programme programme, Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("codes", FundingYearAdminForm.CODES);
		return "programme/year-new";
	}

}
