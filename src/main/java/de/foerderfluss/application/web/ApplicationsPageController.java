package de.foerderfluss.application.web;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationSearch;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.security.Actor;
import de.foerderfluss.web.PageController;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The carrier's dashboard of its own applications, and for the KI, finance and
 * administrators the list of all applications with filters; both with the next steps.
 */
@PageController
class ApplicationsPageController {

	/** More rows than this are not shown; the page asks for a narrower filter. */
	static final int LIMIT = 200;

	private final ApplicationLookup lookup;

	private final ApplicationRows rows;

	private final ProgrammeCatalogue catalogue;

	private final Carriers carriers;

	ApplicationsPageController(ApplicationLookup lookup, ApplicationRows rows, ProgrammeCatalogue catalogue,
			Carriers carriers) {
		this.lookup = lookup;
		this.rows = rows;
		this.catalogue = catalogue;
		this.carriers = carriers;
	}

	@GetMapping("/antraege")
	String applications(@Valid @ModelAttribute("filter") ApplicationFilter filter, BindingResult binding, Model model) {
		Actor actor = Actor.current();
		if (actor.isCarrier()) {
			ApplicationLookup.Found found = this.lookup.search(actor, ApplicationSearch.all(), LIMIT);
			model.addAttribute("rows", this.rows.rows(actor, found.applications()));
			model.addAttribute("truncated", found.truncated());
			model.addAttribute("limit", LIMIT);
			return "application/dashboard";
		}
		boolean filtered = !binding.hasErrors() && !filter.isEmpty();
		ApplicationLookup.Found found = this.lookup.search(actor, filtered ? search(filter) : ApplicationSearch.all(),
				LIMIT);
		model.addAttribute("rows", this.rows.rows(actor, found.applications()));
		model.addAttribute("total", found.total());
		model.addAttribute("truncated", found.truncated());
		model.addAttribute("limit", LIMIT);
		model.addAttribute("filtered", filtered);
		model.addAttribute("statuses", ApplicationStatus.values());
		model.addAttribute("modules", this.catalogue.moduleCodes());
		model.addAttribute("municipalities", this.catalogue.municipalities());
		return "application/list";
	}

	private ApplicationSearch search(ApplicationFilter filter) {
		Set<Long> modules = ApplicationFilter.blank(filter.module()) ? null
				: this.catalogue.moduleIdsWithCode(filter.module().strip());
		String text = ApplicationFilter.blank(filter.q()) ? null : filter.q().strip();
		return new ApplicationSearch(filter.status(), modules, filter.municipality(), text, carriersNamed(text));
	}

	/** Carriers are few; their names are matched here rather than joined in the query. */
	private Set<Long> carriersNamed(String text) {
		if (text == null) {
			return null;
		}
		String wanted = text.toLowerCase(Locale.ROOT);
		return this.carriers.findAll()
			.stream()
			.filter((carrier) -> carrier.getName().toLowerCase(Locale.ROOT).contains(wanted))
			.map(Carrier::getId)
			.collect(Collectors.toSet());
	}

}
