package de.foerderfluss.programme.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import de.foerderfluss.programme.BudgetOverview;
import de.foerderfluss.programme.FundingYear;
import de.foerderfluss.programme.Programme;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import de.foerderfluss.web.FormErrors;
import de.foerderfluss.web.PageController;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The budget dashboard: allocated, reserved, committed, paid, repaid and available money
 * of a programme's funding year in total, per module and per municipality, with a warning
 * where a budget line is nearly used up.
 */
@PageController
@EnableConfigurationProperties(BudgetDashboardProperties.class)
class BudgetPageController {

	private final ProgrammeCatalogue catalogue;

	private final Clock clock;

	private final int warningPercent;

	BudgetPageController(ProgrammeCatalogue catalogue, Clock clock, BudgetDashboardProperties properties) {
		this.catalogue = catalogue;
		this.clock = clock;
		this.warningPercent = properties.warningPercent();
	}

	@GetMapping("/mittel")
	String dashboard(@Valid @ModelAttribute("choice") BudgetChoice choice, BindingResult binding, Model model) {
		List<Programme> programmes = this.catalogue.programmes();
		model.addAttribute("programmes", programmes);
		model.addAttribute("years",
				new TreeSet<>(programmes.stream()
					.flatMap((programme) -> this.catalogue.yearsOf(programme).stream())
					.map(FundingYear::getYear)
					.toList()));
		Optional<Programme> programme = chosen(choice, programmes);
		if (choice.programmeGiven() && programme.isEmpty()) {
			binding.rejectValue("programme", "programme.budget.programme-unknown", new Object[] { choice.programme() },
					null);
		}
		model.addAttribute("refused", binding.hasErrors());
		if (binding.hasErrors() || programme.isEmpty()) {
			return "programme/budget";
		}
		int year = (choice.fundingYear() != null) ? choice.fundingYear() : defaultYear(programme.get());
		try {
			BudgetOverview overview = this.catalogue.budget(year, programme.get().getCode());
			model.addAttribute("overview", overview);
			model.addAttribute("programmeName", programme.get().getName());
			model.addAttribute("selectedProgramme", programme.get().getCode());
			model.addAttribute("selectedYear", year);
			addLines(overview, model);
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(binding, ex);
			model.addAttribute("refused", true);
		}
		return "programme/budget";
	}

	/** The programme named, or the only one there is. */
	private static Optional<Programme> chosen(BudgetChoice choice, List<Programme> programmes) {
		if (choice.programmeGiven()) {
			return programmes.stream()
				.filter((programme) -> programme.getCode().equals(choice.programme().strip()))
				.findFirst();
		}
		return (programmes.size() == 1) ? Optional.of(programmes.get(0)) : Optional.empty();
	}

	/** The current funding year, else the latest one before it, else the first. */
	private int defaultYear(Programme programme) {
		int today = LocalDate.now(this.clock).getYear();
		List<Integer> years = this.catalogue.yearsOf(programme).stream().map(FundingYear::getYear).toList();
		return years.stream()
			.filter((year) -> year <= today)
			.reduce((first, second) -> second)
			.orElse(years.isEmpty() ? today : years.get(0));
	}

	private void addLines(BudgetOverview overview, Model model) {
		BudgetLine total = BudgetLine.of(overview.total(), null, this.warningPercent);
		List<BudgetLine> modules = overview.modules()
			.stream()
			.map((figures) -> BudgetLine.of(figures, null, this.warningPercent))
			.toList();
		Money largestTown = overview.municipalities().stream().map(BudgetLine::boundOf).reduce(Money.ZERO, Money::max);
		List<BudgetLine> towns = overview.municipalities()
			.stream()
			.map((figures) -> BudgetLine.of(figures, largestTown, this.warningPercent))
			.toList();
		model.addAttribute("total", total);
		model.addAttribute("modules", modules);
		model.addAttribute("towns", towns);
		model.addAttribute("low", modules.stream().filter(BudgetLine::nearlyExhausted).toList());
		model.addAttribute("warningPercent", this.warningPercent);
	}

}
