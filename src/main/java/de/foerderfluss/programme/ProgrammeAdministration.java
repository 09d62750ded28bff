package de.foerderfluss.programme;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.NotFoundException;
import org.hibernate.Hibernate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators set up programmes, funding years and modules and distribute the year's
 * allocation over the modules. Changes of an allocation take the locks of the year and of
 * the budget line, as every booking does: no reservation slips in between the check and
 * the change, and no two changes together overdraw the year.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class ProgrammeAdministration {

	/**
	 * The prefix of the file numbers: a capital letter, then up to nine capitals or
	 * digits.
	 */
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{0,9}");

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2100;

	private final Programmes programmes;

	private final FundingYears years;

	private final FundingModules modules;

	private final BudgetLedger ledger;

	private final AllocationChanges changes;

	ProgrammeAdministration(Programmes programmes, FundingYears years, FundingModules modules, BudgetLedger ledger,
			AllocationChanges changes) {
		this.programmes = programmes;
		this.years = years;
		this.modules = modules;
		this.ledger = ledger;
		this.changes = changes;
	}

	public Programme createProgramme(String code, String name, String description) {
		return createProgramme(code, name, description, ForwardingForm.CONTRACT);
	}

	/** A new programme that forwards its grants by notice or by contract. */
	public Programme createProgramme(String code, String name, String description, ForwardingForm forwardingForm) {
		String wanted = (code != null) ? code.strip() : "";
		if (!CODE.matcher(wanted).matches()) {
			throw new InvalidInputException("code", "admin.error.programme.code-format");
		}
		if (this.programmes.findByCode(wanted).isPresent()) {
			throw new InvalidInputException("code", "admin.error.programme.code-taken", wanted);
		}
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "admin.error.programme.name-required");
		}
		String text = (description != null && !description.isBlank()) ? description.strip() : null;
		return this.programmes.save(new Programme(wanted, name.strip(), text,
				(forwardingForm != null) ? forwardingForm : ForwardingForm.CONTRACT));
	}

	/** A new funding year with its allocation and modules, which share the allocation. */
	public FundingYear addYear(Long programmeId, NewFundingYear year) {
		Programme programme = programme(programmeId);
		if (year.year() < FIRST_YEAR || year.year() > LAST_YEAR) {
			throw new InvalidInputException("year", "admin.error.year.range", FIRST_YEAR, LAST_YEAR);
		}
		if (this.years.findByProgrammeCodeAndYear(programme.getCode(), year.year()).isPresent()) {
			throw new InvalidInputException("year", "admin.error.year.exists", year.year());
		}
		FundingYear.requireNotNegative(year.allocation());
		if (year.modules().isEmpty()) {
			throw new InvalidInputException("modules", "admin.error.year.modules-required");
		}
		Set<String> codes = new HashSet<>();
		year.modules().forEach((module) -> {
			if (!codes.add(module.code())) {
				throw new InvalidInputException("modules", "admin.error.year.module-twice", module.code());
			}
			FundingYear.requireNotNegative(module.allocation());
		});
		FundingYear created = new FundingYear(programme, year.year(), year.allocation());
		created.requireRoomFor(Money.sum(year.modules().stream().map(NewFundingYear.Module::allocation)));
		if (!year.open()) {
			created.close();
		}
		this.years.save(created);
		record(created.getId(), null, null, created.getAllocation());
		for (NewFundingYear.Module module : year.modules()) {
			FundingModule line = this.modules.save(new FundingModule(created, module.code(), module.name().strip(),
					blankToNull(module.description()), module.allocation()));
			record(created.getId(), line.getId(), null, line.getAllocation());
		}
		return created;
	}

	public FundingYear changeYearAllocation(Long yearId, Money allocation) {
		FundingYear year = lockYear(yearId);
		Money previous = year.getAllocation();
		year.changeAllocation(allocation, distributed(year, null));
		record(yearId, null, previous, allocation);
		return year;
	}

	/**
	 * The year is locked before the budget line, as no booking locks a line before its
	 * year, so the two never wait for each other the other way round.
	 */
	public FundingModule changeModuleAllocation(Long moduleId, Money allocation) {
		Long yearId = this.modules.yearIdOf(moduleId)
			.orElseThrow(() -> new NotFoundException("fundingModule", moduleId));
		FundingYear year = lockYear(yearId);
		FundingModule line = this.modules.lockById(moduleId)
			.orElseThrow(() -> new NotFoundException("fundingModule", moduleId));
		Money previous = line.getAllocation();
		line.changeAllocation(allocation, this.ledger.positionOn(line), distributed(year, line));
		record(yearId, moduleId, previous, allocation);
		// Loaded here: the caller names the budget line after the transaction.
		Hibernate.initialize(year.getProgramme());
		return line;
	}

	/** Opens or closes the year for new applications; cases already submitted go on. */
	public YearBudget openForApplications(Long yearId, boolean open) {
		FundingYear year = year(yearId);
		if (open) {
			year.open();
		}
		else {
			year.close();
		}
		return yearBudget(year);
	}

	@Transactional(readOnly = true)
	public Programme programme(Long id) {
		return this.programmes.findById(id).orElseThrow(() -> new NotFoundException("programme", id));
	}

	/** A funding year with its programme and modules and how its allocation is shared. */
	@Transactional(readOnly = true)
	public YearBudget yearBudget(Long id) {
		return yearBudget(year(id));
	}

	/** A module with what is booked on it and how the year's allocation is shared. */
	@Transactional(readOnly = true)
	public ModuleBudget moduleBudget(Long moduleId) {
		FundingModule line = this.modules.findById(moduleId)
			.orElseThrow(() -> new NotFoundException("fundingModule", moduleId));
		FundingYear year = line.getFundingYear();
		Hibernate.initialize(year.getProgramme());
		return new ModuleBudget(line, year.getProgramme(), year, this.ledger.positionOn(line), distributed(year, null));
	}

	/** The changes of the year's and its modules' allocations, newest first. */
	@Transactional(readOnly = true)
	public List<AllocationChange> allocationHistory(Long yearId) {
		return this.changes.findByFundingYearIdOrderByIdDesc(yearId);
	}

	private FundingYear year(Long id) {
		return this.years.findById(id).orElseThrow(() -> new NotFoundException("fundingYear", id));
	}

	/** The programme is loaded inside the transaction: pages name it after it ended. */
	private YearBudget yearBudget(FundingYear year) {
		Hibernate.initialize(year.getProgramme());
		return new YearBudget(year, year.getProgramme(), this.modules.findByFundingYearIdOrderByCode(year.getId()),
				distributed(year, null));
	}

	private FundingYear lockYear(Long yearId) {
		return this.years.lockById(yearId).orElseThrow(() -> new NotFoundException("fundingYear", yearId));
	}

	/** The allocations of the year's modules together, without the one left out. */
	private Money distributed(FundingYear year, FundingModule without) {
		return Money.sum(this.modules.findByFundingYearIdOrderByCode(year.getId())
			.stream()
			.filter((module) -> without == null || !module.getId().equals(without.getId()))
			.map(FundingModule::getAllocation));
	}

	private void record(Long yearId, Long moduleId, Money previous, Money allocation) {
		this.changes.save(new AllocationChange(yearId, moduleId, previous, allocation));
	}

	private static String blankToNull(String text) {
		return (text != null && !text.isBlank()) ? text.strip() : null;
	}

}
