package de.foerderfluss.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.programme.FileNumbers;
import de.foerderfluss.programme.FinancingProperties;
import de.foerderfluss.programme.FundingModule;
import de.foerderfluss.programme.FundingYear;
import de.foerderfluss.programme.Municipality;
import de.foerderfluss.programme.ProgrammeCatalogue;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a carrier does with its applications. */
@Service
@Transactional
@PreAuthorize("hasRole('CARRIER')")
public class ApplicationService {

	private final Applications applications;

	private final ApplicationLookup lookup;

	private final ProgrammeCatalogue catalogue;

	private final FileNumbers fileNumbers;

	private final MoneyTrails money;

	private final Clock clock;

	private final FinancingProperties financing;

	private final DocumentStore documents;

	ApplicationService(Applications applications, ApplicationLookup lookup, ProgrammeCatalogue catalogue,
			FileNumbers fileNumbers, MoneyTrails money, Clock clock, FinancingProperties financing,
			DocumentStore documents) {
		this.financing = financing;
		this.documents = documents;
		this.applications = applications;
		this.lookup = lookup;
		this.catalogue = catalogue;
		this.fileNumbers = fileNumbers;
		this.money = money;
		this.clock = clock;
	}

	/** Registers the application under a new file number and starts its case. */
	public Application submit(SubmitApplication command) {
		Actor actor = Actor.current();
		FundingYear year = this.catalogue.resolveYear(command.fundingYear(), command.programme());
		if (!year.isOpenForApplications()) {
			throw new InvalidInputException("fundingYear", "error.funding-year.closed", year.getYear());
		}
		FundingModule module = this.catalogue.resolveModule(year, command.module());
		Municipality municipality = this.catalogue.resolveMunicipality(command.municipality());
		if (command.endDate().isBefore(command.startDate())) {
			throw new InvalidInputException("endDate", "error.period.end-before-start");
		}
		requireWithin(year, "startDate", command.startDate());
		requireWithin(year, "endDate", command.endDate());
		if (ModuleRules.needsRooms(module.getCode()) && (command.rooms() == null || command.rooms() < 1)) {
			throw new InvalidInputException("rooms", "error.rooms.required");
		}
		FinancingPlan.of(command.totalCosts(), command.financing())
			.requireValid(this.financing.termsFor(module.getCode()), "financing.");
		requireSensible(command.start());
		List<CostItem> costItems = command.costItems()
			.stream()
			.map((line) -> new CostItem(line.category(), line.description(), line.amount()))
			.toList();

		Application application = this.applications
			.save(new Application(this.fileNumbers.next(year.getId()), year.getId(), module.getId(), actor.carrierId(),
					municipality.getId(), command.title(), command.summary(), command.startDate(), command.endDate(),
					command.rooms(), costItems, command.financing(), command.start()));
		application.announceSubmission();
		return this.applications.save(application);
	}

	/**
	 * Permission to start early is asked before the start (it cannot cover what began
	 * already), and with a reason.
	 */
	private static void requireSensible(StartOfMeasure start) {
		if (start.permissionRequested() && start.alreadyStarted()) {
			throw new InvalidInputException("earlyStartRequested", "error.early-start.already-started");
		}
		if (start.permissionRequested() && (start.reason() == null || start.reason().isBlank())) {
			throw new InvalidInputException("earlyStartReason", "error.early-start.reason-required");
		}
	}

	/** The measure runs within its funding year. */
	private static void requireWithin(FundingYear year, String field, LocalDate date) {
		if (!year.covers(date)) {
			throw new InvalidInputException(field, "error.period.outside-year", year.getYear(),
					GermanDates.date(LocalDate.of(year.getYear(), 1, 1)),
					GermanDates.date(LocalDate.of(year.getYear(), 12, 31)));
		}
	}

	/** Answers a request for documents: the completeness check starts again. */
	public Application resubmit(Long id, String note) {
		Application application = this.lookup.visibleTo(Actor.current(), id);
		application.resubmit(note);
		return saveAndPublish(application);
	}

	/**
	 * Takes the forwarding contract the carrier signed, as a PDF or a scan: its
	 * acceptance has arrived and waits for a case worker to confirm the receipt.
	 */
	public Application submitSignedContract(Long id, String filename, byte[] content) {
		Application application = this.lookup.visibleTo(Actor.current(), id);
		application.receiveSignedContract(this.clock.instant());
		this.documents.storeFromCarrier(application, DocumentKind.SIGNED_CONTRACT, filename, content);
		return saveAndPublish(application);
	}

	/** Withdraws before the first payout; the case releases its budget. */
	public Application withdraw(Long id, String reason) {
		Application application = this.lookup.visibleTo(Actor.current(), id);
		application.withdraw(reason, this.money.anythingPaid(id));
		return saveAndPublish(application);
	}

	private Application saveAndPublish(Application application) {
		// Saving publishes the events the step recorded.
		return this.applications.save(application);
	}

}
