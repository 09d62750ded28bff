package de.foerderfluss.programme.web;

import java.util.List;
import java.util.Objects;

import de.foerderfluss.programme.AllocationChange;
import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.ProgrammeAdministration;
import de.foerderfluss.programme.ModuleBudget;
import de.foerderfluss.programme.YearBudget;
import de.foerderfluss.shared.Money;
import de.foerderfluss.web.FormErrors;
import de.foerderfluss.web.Formats;
import de.foerderfluss.web.PageController;
import jakarta.validation.Valid;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators change the allocation of a funding year or of a module. A module never
 * gets less than is booked on it, and the modules together never more than the year.
 */
@PageController
class AllocationAdminPageController {

	private final ProgrammeAdministration administration;

	private final MessageSourceAccessor messages;

	private final Formats formats;

	AllocationAdminPageController(ProgrammeAdministration administration, MessageSourceAccessor messages,
			Formats formats) {
		this.administration = administration;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/verwaltung/programme/jahre/{id}")
	String year(@PathVariable Long id, Model model) {
		YearBudget budget = this.administration.yearBudget(id);
		model.addAttribute("form", new AllocationAdminForm(budget.year().getAllocation().amount()));
		return yearPage(budget, model);
	}

	@PostMapping("/verwaltung/programme/jahre/{id}")
	String changeYear(@PathVariable Long id, @Valid @ModelAttribute("form") AllocationAdminForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		YearBudget budget = this.administration.yearBudget(id);
		return FormErrors.takeStep(binding, () -> {
			this.administration.changeYearAllocation(id, Money.of(form.allocation()));
			redirect
				.addFlashAttribute("success", this.messages.getMessage("admin.year.allocation-changed", new Object[] {
						String.valueOf(budget.year().getYear()), this.formats.money(Money.of(form.allocation())) }));
			return "redirect:/verwaltung/programme#year-" + id;
		}, () -> yearPage(budget, model));
	}

	@GetMapping("/verwaltung/programme/bausteine/{id}")
	String module(@PathVariable Long id, Model model) {
		ModuleBudget budget = this.administration.moduleBudget(id);
		model.addAttribute("form", new AllocationAdminForm(budget.module().getAllocation().amount()));
		return modulePage(budget, model);
	}

	@PostMapping("/verwaltung/programme/bausteine/{id}")
	String changeModule(@PathVariable Long id, @Valid @ModelAttribute("form") AllocationAdminForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		ModuleBudget budget = this.administration.moduleBudget(id);
		if (binding.hasErrors()) {
			return modulePage(budget, model);
		}
		// Refused, the form shows the figures as they are now: a booking may be what
		// refused the change.
		return FormErrors.takeStep(binding, () -> {
			FundingModule module = this.administration.changeModuleAllocation(id, Money.of(form.allocation()));
			redirect.addFlashAttribute("success", this.messages.getMessage("admin.module.allocation-changed",
					new Object[] { module.budgetLine(), this.formats.money(module.getAllocation()) }));
			return "redirect:/verwaltung/programme#module-" + id;
		}, () -> modulePage(this.administration.moduleBudget(id), model));
	}

	private String yearPage(YearBudget budget, Model model) {
		model.addAttribute("budget", budget);
		model.addAttribute("history", history(budget.year().getId(), null, budget));
		return "programme/year";
	}

	private String modulePage(ModuleBudget budget, Model model) {
		model.addAttribute("budget", budget);
		model.addAttribute("history", history(budget.year().getId(), budget.module().getId(),
				this.administration.yearBudget(budget.year().getId())));
		return "programme/module";
	}

	/**
	 * The changes of the year's allocations, of one module's when given, each named by
	 * what it changed.
	 */
	private List<Change> history(Long yearId, Long moduleId, YearBudget year) {
		return this.administration.allocationHistory(yearId)
			.stream()
			.filter((change) -> moduleId == null || Objects.equals(change.getFundingModuleId(), moduleId))
			.map((change) -> new Change(change, subject(change, year)))
			.toList();
	}

	private String subject(AllocationChange change, YearBudget year) {
		if (change.getFundingModuleId() == null) {
			return this.messages.getMessage("admin.allocation.of-year",
					new Object[] { String.valueOf(year.year().getYear()) });
		}
		return year.modules()
			.stream()
			.filter((module) -> module.getId().equals(change.getFundingModuleId()))
			.findFirst()
			.map((module) -> this.messages.getMessage("admin.allocation.of-module",
					new Object[] { module.getCode(), module.getName() }))
			.orElse("");
	}

	/**
	 * One change of an allocation.
	 *
	 * @param change what was changed, when and by whom
	 * @param subject the year or the module it concerns
	 */
	public record Change(AllocationChange change, String subject) {
	}

}
