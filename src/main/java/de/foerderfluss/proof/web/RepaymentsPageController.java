package de.foerderfluss.proof.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.proof.Clawback;
import de.foerderfluss.proof.ProofQueries;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.Money;
import de.foerderfluss.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Finance's list of open repayments: every case whose clawback is not yet repaid in full,
 * the earliest due first.
 */
@PageController
class RepaymentsPageController {

	private final ApplicationLookup applications;

	private final ProofQueries queries;

	private final Carriers carriers;

	RepaymentsPageController(ApplicationLookup applications, ProofQueries queries, Carriers carriers) {
		this.applications = applications;
		this.queries = queries;
		this.carriers = carriers;
	}

	@GetMapping("/kasse/rueckzahlungen")
	String repayments(Model model) {
		List<Application> due = this.applications.listFor(Actor.current(), ApplicationStatus.REPAYMENT_DUE);
		Map<Long, Clawback> clawbacks = this.queries
			.clawbacksOf(due.stream().map(Application::getId).collect(Collectors.toSet()));
		Map<Long, Carrier> payers = this.carriers
			.findAllById(due.stream().map(Application::getCarrierId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Carrier::getId, Function.identity()));
		List<Open> rows = due.stream()
			.filter((application) -> clawbacks.containsKey(application.getId()))
			.map((application) -> {
				Clawback clawback = clawbacks.get(application.getId());
				return new Open(application.getId(), application.getFileNumber(),
						payers.get(application.getCarrierId()).getName(), clawback.getAmount(),
						clawback.getRepaidAmount(), clawback.outstanding(), clawback.getDueDate(),
						this.queries.repaymentOverdue(clawback));
			})
			.sorted(Comparator.comparing(Open::dueDate).thenComparing(Open::fileNumber))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("total", Money.sum(rows.stream().map(Open::outstanding)));
		model.addAttribute("overdue", rows.stream().filter(Open::overdue).count());
		return "proof/repayments";
	}

	/** A clawback not yet repaid in full. */
	public record Open(Long applicationId, String fileNumber, String carrier, Money reclaimed, Money repaid,
			Money outstanding, LocalDate dueDate, boolean overdue) {
	}

}
