package de.foerderfluss.demo;

import java.util.List;

import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.FundingModules;
import de.foerderfluss.programme.FundingYear;
import de.foerderfluss.programme.FundingYears;
import de.foerderfluss.programme.Municipalities;
import de.foerderfluss.programme.Municipality;
import de.foerderfluss.programme.Programme;
import de.foerderfluss.programme.Programmes;
import de.foerderfluss.shared.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * KOMM-AN NRW, Programmteil II, 2026 for the Kreis Soest: 131.000 € over modules A to D.
 */
@Component
class DemoCatalogue {

	static final String DISTRICT = "Kreis Soest";

	/** The 14 towns and municipalities of the Kreis Soest. */
	static final List<String> TOWNS = List.of("Anröchte", "Bad Sassendorf", "Ense", "Erwitte", "Geseke", "Lippetal",
			"Lippstadt", "Möhnesee", "Rüthen", "Soest", "Warstein", "Welver", "Werl", "Wickede (Ruhr)");

	private final Programmes programmes;

	private final FundingYears years;

	private final FundingModules modules;

	private final Municipalities municipalities;

	DemoCatalogue(Programmes programmes, FundingYears years, FundingModules modules, Municipalities municipalities) {
		this.programmes = programmes;
		this.years = years;
		this.modules = modules;
		this.municipalities = municipalities;
	}

	boolean exists() {
		return this.programmes.findByCode("KA").isPresent();
	}

	@Transactional
	void create() {
		Programme kommAn = this.programmes.save(new Programme("KA", "KOMM-AN NRW, Programmteil II",
				"Bedarfsorientierte Maßnahmen vor Ort zur Förderung der Integration von Geflüchteten und Neuzugewanderten"));
		FundingYear year = this.years.save(new FundingYear(kommAn, 2026, Money.euros(131_000)));
		this.modules.save(new FundingModule(year, "A", "Ankommenstreffpunkte",
				"Renovierung, Ausstattung und laufende Kosten von Ankommenstreffpunkten", Money.euros(20_000)));
		this.modules.save(new FundingModule(year, "B", "Zusammenkünfte, Orientierung und Begleitung",
				"Zusammenkünfte, Orientierung und Begleitung von Geflüchteten und Neuzugewanderten",
				Money.euros(52_000)));
		this.modules.save(new FundingModule(year, "C", "Information und Wissensvermittlung",
				"Information und Wissensvermittlung, Gewinnung von Ehrenamtlichen", Money.euros(30_000)));
		this.modules.save(new FundingModule(year, "D", "Qualifizierung von Ehrenamtlichen",
				"Qualifizierung von Ehrenamtlichen und Unterstützung ihrer Arbeit", Money.euros(29_000)));
		TOWNS.forEach((town) -> this.municipalities.save(new Municipality(town, DISTRICT)));
	}

}
