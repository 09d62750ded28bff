package de.foerderfluss.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationService;
import de.foerderfluss.application.CostCategory;
import de.foerderfluss.application.CostItem;
import de.foerderfluss.application.SubmitApplication;
import de.foerderfluss.disbursement.DisbursementService;
import de.foerderfluss.proof.ProofService;
import de.foerderfluss.review.Recommendation;
import de.foerderfluss.review.ReviewService;
import de.foerderfluss.shared.Money;
import de.foerderfluss.workflow.PendingSteps;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applications of the demo carriers in every stage of the lifecycle, each taken there
 * step by step by the demo users through the same services the API uses.
 */
@Component
class DemoCases {

	private final RunAs run;

	private final ApplicationService applications;

	private final ApplicationLookup lookup;

	private final ReviewService reviews;

	private final DisbursementService disbursements;

	private final ProofService proofs;

	private final TransactionTemplate transaction;

	private final PendingSteps pending;

	DemoCases(RunAs run, ApplicationService applications, ApplicationLookup lookup, ReviewService reviews,
			DisbursementService disbursements, ProofService proofs, TransactionTemplate transaction,
			PendingSteps pending) {
		this.pending = pending;
		this.run = run;
		this.applications = applications;
		this.lookup = lookup;
		this.reviews = reviews;
		this.disbursements = disbursements;
		this.proofs = proofs;
		this.transaction = transaction;
	}

	void create() {
		// Closed after the audit recognised less than was paid and the carrier repaid the
		// difference.
		Long languageCafe = submit("traeger1", "B", "Sprachcafé am Bahnhof",
				"Wöchentliches Sprachcafé mit ehrenamtlichen Sprachpatinnen und -paten.", "Lippstadt", "2026-02-01",
				"2026-06-30", null, line(CostCategory.FEES, "Honorare Sprachmittlung", "2400.00"),
				line(CostCategory.MATERIAL, "Lernmaterial", "900.00"),
				line(CostCategory.CATERING, "Getränke und Imbiss", "1500.00"));
		approve(languageCafe, "pruefer", "4800.00", "leitung");
		accept(languageCafe, "traeger1");
		pay(languageCafe, "traeger1", "4800.00");
		submitProof(languageCafe, "traeger1", "2400.00", "700.00", "1400.00");
		audit(languageCafe, "4500.00", "Lernmaterial teilweise nicht belegt; 300,00 € werden zurückgefordert.");
		this.run.as("kasse", () -> this.proofs.confirmRepayment(languageCafe, Money.of("300.00")));

		// Active: module A flat rate for two rooms, one payout made, a second fund call
		// awaiting release.
		Long meetingPoint = submit("traeger1", "A", "Ankommenstreffpunkt Nordstadt",
				"Renovierung und Ausstattung von zwei Räumen als offener Treffpunkt.", "Lippstadt", "2026-03-01",
				"2026-12-31", 2, line(CostCategory.RENOVATION, "Malerarbeiten und Bodenbelag", "1800.00"),
				line(CostCategory.EQUIPMENT, "Tische, Stühle, Regale", "1400.00"));
		approve(meetingPoint, "pruefer", "2000.00", "leitung");
		accept(meetingPoint, "traeger1");
		pay(meetingPoint, "traeger1", "1000.00");
		Long secondCall = callFunds(meetingPoint, "traeger1", "500.00");
		this.run.as("pruefer2", () -> this.disbursements.verify(secondCall, true, "Rechnungen liegen vor."));

		// In approval above the co-signature threshold: decided by the head, awaiting a
		// second approver.
		Long accompaniment = submit("traeger1", "B", "Begleitung zu Behörden und Ärzten",
				"Ehrenamtliche begleiten Neuzugewanderte zu Terminen; Fahrtkosten und Sprachmittlung.", "Erwitte",
				"2026-04-01", "2026-12-31", null, line(CostCategory.FEES, "Sprachmittlung", "7500.00"),
				line(CostCategory.TRAVEL, "Fahrtkosten", "4000.00"));
		complete(accompaniment);
		assess(accompaniment, "pruefer", "11500.00");
		this.run.as("leitung", () -> this.reviews.decide(accompaniment, true, Money.of("11500.00"), null));

		// In approval, assessed by ki-doppel, who therefore may not decide it (four
		// eyes).
		Long parentEvenings = submit("traeger2", "C", "Mehrsprachige Elternabende",
				"Elternabende zu Schule und Kita mit Sprachmittlung.", "Soest", "2026-09-01", "2026-12-15", null,
				line(CostCategory.FEES, "Sprachmittlung", "1800.00"),
				line(CostCategory.PUBLICITY, "Einladungen in fünf Sprachen", "600.00"));
		complete(parentEvenings);
		assess(parentEvenings, "ki-doppel", "2400.00");

		// Just submitted, and documents requested.
		submit("traeger2", "D", "Ehrenamtsschulung Interkulturelle Kompetenz",
				"Vier Schulungsabende für neue Ehrenamtliche.", "Soest", "2026-10-01", "2026-12-31", null,
				line(CostCategory.FEES, "Referentinnenhonorar", "1600.00"),
				line(CostCategory.RENT, "Raummiete", "400.00"));
		Long infoEvenings = submit("traeger2", "C", "Infoabende für Neuzugewanderte",
				"Informationsabende zu Wohnen, Arbeit und Gesundheit.", "Bad Sassendorf", "2026-11-01", "2026-12-31",
				null, line(CostCategory.FEES, "Dolmetscherleistungen", "1200.00"));
		this.run.as("pruefer", () -> this.reviews.checkCompleteness(infoEvenings, false,
				"Kostenvoranschlag für die Dolmetscherleistungen"));

		// Rejected by the head, and rejected by the rules.
		Long cooking = submit("traeger2", "B", "Kochtreff International", "Gemeinsames Kochen einmal im Monat.",
				"Soest", "2026-05-01", "2026-12-31", null, line(CostCategory.CATERING, "Lebensmittel", "3000.00"));
		complete(cooking);
		this.run.as("pruefer", () -> this.reviews.assess(cooking, Recommendation.REJECT, null,
				"Reine Verpflegungskosten sind nicht zuwendungsfähig."));
		this.run.as("leitung", () -> this.reviews.decide(cooking, false, null,
				"Verpflegungskosten allein sind nach den Förderrichtlinien nicht zuwendungsfähig."));
		Long unregistered = submit("traeger4", "A", "Treffpunkt Sprachpaten Warstein",
				"Ausstattung eines Raumes für Sprachpatenschaften.", "Warstein", "2026-06-01", "2026-12-31", 1,
				line(CostCategory.EQUIPMENT, "Möbel", "1500.00"));
		complete(unregistered);

		// Approved, contract not yet accepted.
		Long bikes = submit("traeger3", "B", "Fahrradwerkstatt für Geflüchtete",
				"Reparatur gespendeter Fahrräder mit und für Geflüchtete.", "Werl", "2026-05-01", "2026-12-31", null,
				line(CostCategory.MATERIAL, "Ersatzteile und Werkzeug", "3800.00"),
				line(CostCategory.RENT, "Werkstattmiete", "2400.00"));
		approve(bikes, "pruefer2", "6200.00", "leitung");

		// Withdrawn while in review; and complete, awaiting assessment.
		Long homework = submit("traeger1", "C", "Hausaufgabenhilfe Nord", "Hausaufgabenhilfe für Schulkinder.",
				"Lippstadt", "2026-08-01", "2026-12-31", null, line(CostCategory.FEES, "Honorare", "2000.00"));
		complete(homework);
		this.run.as("traeger1", () -> this.applications.withdraw(homework, "Die Schule bietet das Angebot selbst an."));
		Long trips = submit("traeger4", "B", "Ausflüge für geflüchtete Frauen",
				"Vier Tagesausflüge in die Region mit Kinderbetreuung.", "Warstein", "2026-04-01", "2026-10-31", null,
				line(CostCategory.TRAVEL, "Busfahrten", "1600.00"),
				line(CostCategory.FEES, "Kinderbetreuung", "800.00"));
		complete(trips);

		// Active with a fund call awaiting factual verification.
		Long mentoring = submit("traeger2", "D", "Patenschaftsprogramm Ankommen",
				"Schulung und Begleitung von Patinnen und Paten.", "Soest", "2026-02-01", "2026-12-31", null,
				line(CostCategory.FEES, "Schulungen", "4000.00"), line(CostCategory.TRAVEL, "Fahrtkosten", "2000.00"));
		approve(mentoring, "pruefer", "6000.00", "leitung");
		accept(mentoring, "traeger2");
		callFunds(mentoring, "traeger2", "2000.00");

		// Proof of use in audit; one line exceeds its plan by more than 20 %.
		Long german = submit("traeger2", "B", "Deutschkurs-Begleitung",
				"Kinderbetreuung und Fahrtkosten während der Integrationskurse.", "Soest", "2026-03-01", "2026-09-30",
				null, line(CostCategory.FEES, "Kinderbetreuung", "2400.00"),
				line(CostCategory.TRAVEL, "Fahrtkosten", "1200.00"));
		approve(german, "pruefer2", "3600.00", "leitung");
		accept(german, "traeger2");
		pay(german, "traeger2", "3600.00");
		submitProof(german, "traeger2", "2000.00", "1600.00");

		// Measure ended long ago without proof of use: the timers mark it due and
		// overdue.
		Long festival = submit("traeger1", "B", "Sommerfest der Kulturen", "Stadtteilfest mit Musik und Infoständen.",
				"Geseke", "2026-06-01", "2026-08-31", null, line(CostCategory.RENT, "Bühne und Zelt", "1500.00"),
				line(CostCategory.PUBLICITY, "Plakate und Flyer", "1000.00"));
		approve(festival, "pruefer", "2500.00", "leitung");
		accept(festival, "traeger1");
		pay(festival, "traeger1", "2500.00");

		// The notices of the rejections above.
		this.pending.runAll();
	}

	private Long submit(String carrierUser, String module, String title, String summary, String municipality,
			String start, String end, Integer rooms, SubmitApplication.Line... lines) {
		SubmitApplication command = new SubmitApplication(2026, "KA", module, title, summary, municipality,
				LocalDate.parse(start), LocalDate.parse(end), rooms, List.of(lines));
		return this.run.as(carrierUser, () -> this.applications.submit(command)).getId();
	}

	private static SubmitApplication.Line line(CostCategory category, String description, String amount) {
		return new SubmitApplication.Line(category, description, Money.of(amount));
	}

	private void complete(Long id) {
		this.run.as("pruefer", () -> this.reviews.checkCompleteness(id, true, null));
	}

	private void assess(Long id, String reviewer, String amount) {
		this.run.as(reviewer, () -> this.reviews.assess(id, Recommendation.APPROVE, Money.of(amount),
				"Bedarf nachvollziehbar, Kosten angemessen."));
	}

	private void approve(Long id, String reviewer, String amount, String approver) {
		complete(id);
		assess(id, reviewer, amount);
		this.run.as(approver, () -> this.reviews.decide(id, true, Money.of(amount), null));
		// The approval notice comes before the contract can be accepted.
		this.pending.runFor(id);
	}

	private void accept(Long id, String carrierUser) {
		this.run.as(carrierUser, () -> this.applications.acceptContract(id));
	}

	private Long callFunds(Long id, String carrierUser, String amount) {
		return this.run.as(carrierUser, () -> this.disbursements.callFunds(id, Money.of(amount), null, null)).getId();
	}

	private void pay(Long id, String carrierUser, String amount) {
		Long fundCall = callFunds(id, carrierUser, amount);
		this.run.as("pruefer2", () -> this.disbursements.verify(fundCall, true, "Sachlich und rechnerisch richtig."));
		this.run.as("kasse", () -> this.disbursements.release(fundCall));
	}

	/**
	 * Submits the proof of use with one spent amount per cost line, in the order of the
	 * plan.
	 */
	private void submitProof(Long id, String carrierUser, String... spent) {
		List<Long> costItemIds = this.transaction
			.execute((status) -> this.lookup.byId(id).getCostItems().stream().map(CostItem::getId).toList());
		List<ProofService.SubmitProof.Line> lines = new ArrayList<>();
		Money total = Money.ZERO;
		for (int i = 0; i < spent.length; i++) {
			lines.add(new ProofService.SubmitProof.Line(costItemIds.get(i), Money.of(spent[i])));
			total = total.plus(Money.of(spent[i]));
		}
		ProofService.SubmitProof proof = new ProofService.SubmitProof(total,
				"Die Maßnahme wurde wie geplant durchgeführt. Teilnehmende und Termine sind in der Anlage dokumentiert.",
				true, lines);
		this.run.as(carrierUser, () -> this.proofs.submit(id, proof));
	}

	private void audit(Long id, String recognised, String note) {
		this.run.as("pruefer", () -> this.proofs.audit(id, true, Money.of(recognised), note));
		// The clawback notice comes before the repayment is confirmed.
		this.pending.runFor(id);
	}

}
