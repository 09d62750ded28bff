package de.foerderfluss.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.foerderfluss.programme.BudgetFigures;
import de.foerderfluss.programme.BudgetOverview;
import de.foerderfluss.programme.ProgrammeCatalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget report of a funding year: totals, per module with a chart, and per
 * municipality.
 */
@Service
@Transactional(readOnly = true)
public class BudgetReports {

	static final String MODULES = "MODULE";

	static final String MUNICIPALITIES = "MUNICIPALITY";

	private final ProgrammeCatalogue catalogue;

	private final Letterhead letterhead;

	private final PdfRenderer renderer;

	BudgetReports(ProgrammeCatalogue catalogue, Letterhead letterhead, PdfRenderer renderer) {
		this.catalogue = catalogue;
		this.letterhead = letterhead;
		this.renderer = renderer;
	}

	@PreAuthorize("hasAnyRole('REVIEWER', 'APPROVER', 'FINANCE', 'ADMIN')")
	public PdfDocument report(int year, String programme) {
		BudgetOverview budget = this.catalogue.budget(year, programme);
		List<Map<String, ?>> rows = new ArrayList<>();
		budget.modules()
			.forEach((module) -> rows.add(row(MODULES, "Baustein " + module.code() + " – " + module.name(), module)));
		budget.municipalities().forEach((town) -> rows.add(row(MUNICIPALITIES, town.name(), town)));

		Map<String, Object> parameters = new HashMap<>(
				this.letterhead.document(this.letterhead.properties().department()));
		String reference = budget.total().name() + " – Förderjahr " + budget.year();
		parameters.put(Layout.REFERENCE, reference);
		parameters.put("PROGRAMME", budget.total().name());
		parameters.put("FUNDING_YEAR", budget.year());
		BudgetFigures total = budget.total();
		parameters.put("ALLOCATED", total.allocated().amount());
		parameters.put("RESERVED", total.reserved().amount());
		parameters.put("COMMITTED", total.committed().amount());
		parameters.put("DISBURSED", total.disbursed().amount());
		parameters.put("REPAID", total.repaid().amount());
		parameters.put("AVAILABLE", total.available().amount());
		return new PdfDocument("Mittelübersicht-" + budget.programme() + "-" + budget.year() + ".pdf",
				this.renderer.render(Layout.BUDGET_REPORT, parameters, rows));
	}

	private static Map<String, ?> row(String section, String label, BudgetFigures figures) {
		Map<String, Object> row = new HashMap<>();
		row.put("section", section);
		row.put("label", label);
		row.put("allocated", (figures.allocated() != null) ? figures.allocated().amount() : null);
		row.put("reserved", figures.reserved().amount());
		row.put("committed", figures.committed().amount());
		row.put("disbursed", figures.disbursed().amount());
		row.put("repaid", figures.repaid().amount());
		row.put("netDisbursed", figures.disbursed().minus(figures.repaid()).amount());
		row.put("available", (figures.available() != null) ? figures.available().amount() : null);
		return row;
	}

}
