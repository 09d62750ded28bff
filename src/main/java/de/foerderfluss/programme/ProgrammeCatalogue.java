package de.foerderfluss.programme;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads programmes, funding years, modules and municipalities, and the budget per year.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeCatalogue {

	private final Programmes programmes;

	private final FundingYears years;

	private final FundingModules modules;

	private final Municipalities municipalities;

	private final BudgetLedger ledger;

	ProgrammeCatalogue(Programmes programmes, FundingYears years, FundingModules modules, Municipalities municipalities,
			BudgetLedger ledger) {
		this.programmes = programmes;
		this.years = years;
		this.modules = modules;
		this.municipalities = municipalities;
		this.ledger = ledger;
	}

	public List<Programme> programmes() {
		return this.programmes.findAll(org.springframework.data.domain.Sort.by("code"));
	}

	public List<FundingYear> yearsOf(Programme programme) {
		return this.years.findByProgrammeIdOrderByYear(programme.getId());
	}

	public List<FundingModule> modulesOf(FundingYear year) {
		return this.modules.findByFundingYearIdOrderByCode(year.getId());
	}

	/** The funding years that take applications now, earliest first. */
	public List<FundingYear> openYears() {
		return this.years.findByOpenForApplicationsTrueOrderByYearAscIdAsc();
	}

	/** The codes of all modules of any year, e.g. A to D. */
	public List<String> moduleCodes() {
		return this.modules.findDistinctCodes();
	}

	/** The ids of the modules with the code in every programme and year. */
	public Set<Long> moduleIdsWithCode(String code) {
		return this.modules.findByCode(code).stream().map(FundingModule::getId).collect(Collectors.toSet());
	}

	public List<Municipality> municipalities() {
		return this.municipalities.findAllByOrderByName();
	}

	public FundingModule module(Long id) {
		return this.modules.findById(id).orElseThrow(() -> new NotFoundException("fundingModule", id));
	}

	public Municipality municipality(Long id) {
		return this.municipalities.findById(id).orElseThrow(() -> new NotFoundException("municipality", id));
	}

	/**
	 * The funding year a request names by its year and, where several programmes run in
	 * that year, by the programme code.
	 */
	public FundingYear resolveYear(int year, String programmeCode) {
		if (programmeCode != null && !programmeCode.isBlank()) {
			if (this.programmes.findByCode(programmeCode).isEmpty()) {
				throw new InvalidInputException("programme", "error.programme.unknown", programmeCode);
			}
			return this.years.findByProgrammeCodeAndYear(programmeCode, year)
				.orElseThrow(() -> new FundingYearNotFoundException("error.funding-year.unknown", year));
		}
		List<FundingYear> candidates = this.years.findByYear(year);
		if (candidates.isEmpty()) {
			throw new FundingYearNotFoundException("error.funding-year.unknown", year);
		}
		if (candidates.size() > 1) {
			throw new FundingYearNotFoundException("error.funding-year.ambiguous", year);
		}
		return candidates.get(0);
	}

	/** The module of the year with the given code, or a field error on {@code module}. */
	public FundingModule resolveModule(FundingYear year, String code) {
		return this.modules.findByFundingYearIdAndCode(year.getId(), code)
			.orElseThrow(() -> new InvalidInputException("module", "error.module.unknown", code, year.getYear()));
	}

	/** The municipality with the given name, or a field error on {@code municipality}. */
	public Municipality resolveMunicipality(String name) {
		return this.municipalities.findByName(name)
			.orElseThrow(() -> new InvalidInputException("municipality", "error.municipality.unknown", name));
	}

	@PreAuthorize("hasAnyRole('REVIEWER', 'APPROVER', 'FINANCE', 'ADMIN')")
	public BudgetOverview budget(int year, String programmeCode) {
		FundingYear fundingYear = resolveYear(year, programmeCode);
		List<FundingModule> yearModules = modulesOf(fundingYear);
		List<Long> moduleIds = yearModules.stream().map(FundingModule::getId).toList();

		Map<Long, BudgetPosition> perModule = this.ledger.positionsPerModule(moduleIds);
		List<BudgetFigures> moduleFigures = yearModules.stream()
			.map((module) -> BudgetFigures.of(module.getCode(), module.getName(), module.getAllocation(),
					perModule.getOrDefault(module.getId(), BudgetPosition.EMPTY)))
			.toList();
		BudgetPosition total = perModule.values().stream().reduce(BudgetPosition.EMPTY, BudgetPosition::plus);

		Map<Long, Municipality> towns = municipalities().stream()
			.collect(Collectors.toMap(Municipality::getId, Function.identity()));
		List<BudgetFigures> municipalityFigures = this.ledger.positionsPerMunicipality(moduleIds)
			.entrySet()
			.stream()
			.filter((entry) -> towns.containsKey(entry.getKey()))
			.map((entry) -> BudgetFigures.of(null, towns.get(entry.getKey()).getName(), null, entry.getValue()))
			.sorted(Comparator.comparing(BudgetFigures::name))
			.toList();

		return new BudgetOverview(fundingYear.getProgramme().getCode(), fundingYear.getYear(),
				BudgetFigures.of(fundingYear.getProgramme().getCode(), fundingYear.getProgramme().getName(),
						fundingYear.getAllocation(), total),
				moduleFigures, municipalityFigures);
	}

}
