package de.foerderfluss.programme.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.foerderfluss.programme.BudgetFigures;
import de.foerderfluss.programme.BudgetOverview;
import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.FundingYear;
import de.foerderfluss.programme.Programme;
import de.foerderfluss.programme.ProgrammeAdministration;
import de.foerderfluss.programme.YearBudget;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.shared.Money;
import de.foerderfluss.web.PageController;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programmes with their funding years and modules: what each has been given, what is
 * booked on it, and whether the year takes applications.
 */
@PageController
class ProgrammesAdminPageController {

	private final ProgrammeCatalogue catalogue;

	private final ProgrammeAdministration administration;

	private final MessageSourceAccessor messages;

	ProgrammesAdminPageController(ProgrammeCatalogue catalogue, ProgrammeAdministration administration,
			MessageSourceAccessor messages) {
		this.catalogue = catalogue;
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping("/verwaltung/programme")
	String programmes(Model model) {
		model.addAttribute("programmes", this.catalogue.programmes().stream().map(this::view).toList());
		return "programme/programmes";
	}

	@PostMapping("/verwaltung/programme/jahre/{id}/antragsannahme")
	String openOrClose(@PathVariable Long id, @RequestParam boolean open, RedirectAttributes redirect) {
		YearBudget changed = this.administration.openForApplications(id, open);
		redirect.addFlashAttribute("success", this.messages.getMessage(open ? "admin.year.opened" : "admin.year.closed",
				new Object[] { changed.programme().getName(), String.valueOf(changed.year().getYear()) }));
		return "redirect:/verwaltung/programme#year-" + id;
	}

	private ProgrammeAdminView view(Programme programme) {
		List<ProgrammeAdminView.Year> years = this.catalogue.yearsOf(programme)
			.stream()
			.map((year) -> year(programme, year))
			.toList();
		return new ProgrammeAdminView(programme.getId(), programme.getCode(), programme.getName(),
				programme.getDescription(), programme.getForwardingForm(), years);
	}

	private ProgrammeAdminView.Year year(Programme programme, FundingYear year) {
		BudgetOverview budget = this.catalogue.budget(year.getYear(), programme.getCode());
		Map<String, BudgetFigures> figures = budget.modules()
			.stream()
			.collect(Collectors.toMap(BudgetFigures::code, Function.identity()));
		List<ProgrammeAdminView.Module> modules = this.catalogue.modulesOf(year)
			.stream()
			.map((module) -> module(module, figures.get(module.getCode())))
			.toList();
		Money distributed = Money.sum(modules.stream().map(ProgrammeAdminView.Module::allocation));
		Money booked = Money.sum(modules.stream().map(ProgrammeAdminView.Module::booked));
		return new ProgrammeAdminView.Year(year.getId(), year.getYear(), year.getAllocation(), distributed, booked,
				year.isOpenForApplications(), modules);
	}

	private static ProgrammeAdminView.Module module(FundingModule module, BudgetFigures figures) {
		Money booked = figures.reserved().plus(figures.committed()).plus(figures.disbursed()).minus(figures.repaid());
		return new ProgrammeAdminView.Module(module.getId(), module.getCode(), module.getName(),
				module.getDescription(), module.getAllocation(), booked, figures.available());
	}

}
