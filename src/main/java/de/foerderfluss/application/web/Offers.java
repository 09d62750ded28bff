package de.foerderfluss.application.web;

import java.util.List;
import java.util.Optional;

import de.foerderfluss.application.ModuleLimits;
import de.foerderfluss.application.ModuleLimits.Limit;
import de.foerderfluss.application.ModuleRules;
import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.FundingYear;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.shared.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a carrier may apply for: the open funding years with their modules, each with its
 * limit read from the rules KI staff tune, so the form explains what the rules say.
 */
@Component
@Transactional(readOnly = true)
class Offers {

	/** Planned costs high enough that every limit of the rules applies. */
	private static final Money HIGH_COSTS = Money.euros(1_000_000);

	/** The most rooms an application may name (as the API accepts). */
	static final int MAX_ROOMS = 20;

	private final ProgrammeCatalogue catalogue;

	private final ModuleLimits limits;

	Offers(ProgrammeCatalogue catalogue, ModuleLimits limits) {
		this.catalogue = catalogue;
		this.limits = limits;
	}

	List<YearOffer> openYears() {
		return this.catalogue.openYears().stream().map(this::offer).toList();
	}

	/** The open years that offer the module. */
	List<YearOffer> openYearsWith(String code) {
		return openYears().stream().filter((year) -> year.module(code).isPresent()).toList();
	}

	/**
	 * The limit for the costs planned so far: for a room-based module with the rooms
	 * given, or the most rooms when none are given yet.
	 */
	Optional<Money> limitFor(String code, Integer rooms) {
		Integer counted = ModuleRules.needsRooms(code) ? ((rooms != null && rooms > 0) ? rooms : MAX_ROOMS) : null;
		return this.limits.limitFor(code, HIGH_COSTS, counted).map(Limit::maximum);
	}

	private YearOffer offer(FundingYear year) {
		List<ModuleOffer> modules = this.catalogue.modulesOf(year).stream().map(this::offer).toList();
		return new YearOffer(year.getId(), year.getProgramme().getCode(), year.getProgramme().getName(), year.getYear(),
				modules);
	}

	private ModuleOffer offer(FundingModule module) {
		String code = module.getCode();
		Money maximum = limitFor(code, null).orElse(null);
		if (!ModuleRules.needsRooms(code)) {
			return new ModuleOffer(code, module.getName(), module.getDescription(), false, maximum, null, 0, null);
		}
		Money perRoom = this.limits.limitFor(code, HIGH_COSTS, 1).map(Limit::maximum).orElse(null);
		int maxRooms = (perRoom != null && maximum != null && perRoom.isPositive())
				? maximum.amount().divideToIntegralValue(perRoom.amount()).intValue() : 0;
		Money actualCostsUpTo = (perRoom != null) ? this.limits.limitFor(code, perRoom, 1)
			.filter((limit) -> !limit.flatRate())
			.map((limit) -> perRoom)
			.orElse(null) : null;
		return new ModuleOffer(code, module.getName(), module.getDescription(), true, maximum, perRoom, maxRooms,
				actualCostsUpTo);
	}

}
