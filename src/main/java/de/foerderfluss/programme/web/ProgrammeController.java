package de.foerderfluss.programme.web;

import java.util.List;

import de.foerderfluss.programme.BudgetOverview;
import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.FundingYear;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.shared.Money;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class ProgrammeController {

	private final ProgrammeCatalogue catalogue;

	ProgrammeController(ProgrammeCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/programmes")
	List<ProgrammeView> programmes() {
		return this.catalogue.programmes()
			.stream()
			.map((programme) -> new ProgrammeView(programme.getCode(), programme.getName(), programme.getDescription(),
					this.catalogue.yearsOf(programme).stream().map(this::yearView).toList()))
			.toList();
	}

	@GetMapping("/municipalities")
	List<MunicipalityView> municipalities() {
		return this.catalogue.municipalities()
			.stream()
			.map((town) -> new MunicipalityView(town.getName(), town.getDistrict()))
			.toList();
	}

	@GetMapping("/budgets/{year}")
	BudgetOverview budget(@PathVariable int year, @RequestParam(required = false) String programme) {
		return this.catalogue.budget(year, programme);
	}

	private FundingYearView yearView(FundingYear year) {
		return new FundingYearView(year.getYear(), year.getAllocation(), year.isOpenForApplications(),
				this.catalogue.modulesOf(year).stream().map(ModuleView::of).toList());
	}

	record ProgrammeView(String code, String name, String description, List<FundingYearView> fundingYears) {
	}

	record FundingYearView(int year, Money allocation, boolean openForApplications, List<ModuleView> modules) {
	}

	record ModuleView(String code, String name, String description, Money allocation) {

		static ModuleView of(FundingModule module) {
			return new ModuleView(module.getCode(), module.getName(), module.getDescription(), module.getAllocation());
		}

	}

	record MunicipalityView(String name, String district) {
	}

}
