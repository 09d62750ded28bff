package de.foerderfluss.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.ApplicationService;
import de.foerderfluss.application.ContractReceipts;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.DocumentStore;
import de.foerderfluss.application.CostCategory;
import de.foerderfluss.application.CostItem;
import de.foerderfluss.application.FinancingPlan;
import de.foerderfluss.application.StartOfMeasure;
import de.foerderfluss.application.SubmitApplication;
import de.foerderfluss.disbursement.DisbursementService;
import de.foerderfluss.proof.HearingService;
import de.foerderfluss.proof.InterestService;
import de.foerderfluss.proof.ProofService;
import de.foerderfluss.review.EarlyStartRule;
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

	private final HearingService hearings;

	private final InterestService interest;

	private final TransactionTemplate transaction;

	private final PendingSteps pending;

	private final DocumentStore documents;

	private final ContractReceipts receipts;

	DemoCases(RunAs run, ApplicationService applications, ApplicationLookup lookup, ReviewService reviews,
			DisbursementService disbursements, ProofService proofs, HearingService hearings, InterestService interest,
			TransactionTemplate transaction, PendingSteps pending, DocumentStore documents, ContractReceipts receipts) {
		this.hearings = hearings;
		this.interest = interest;
		this.documents = documents;
		this.receipts = receipts;
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
		// The base rate of the first half of 2026, recorded as an administrator does when
		// the
		// Bundesbank publishes it (the migration seeds 2023 to 2025); the second half of
		// 2026
		// stays missing, so a case reaching into it shows that nothing can be set.
		this.run.as("admin", () -> this.interest.recordBaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("1.27")));

		// Closed after the audit recognised less than was paid, the carrier was heard,
		// repaid the difference and paid the interest set on it (§ 49a Abs. 3 VwVfG NRW).
		Long languageCafe = submit("traeger1", "B", "Sprachcafé am Bahnhof",
				"Wöchentliches Sprachcafé mit ehrenamtlichen Sprachpatinnen und -paten.", "Lippstadt", "2026-02-01",
				"2026-06-30", null, line(CostCategory.FEES, "Honorare Sprachmittlung", "2400.00"),
				line(CostCategory.MATERIAL, "Lernmaterial", "900.00"),
				line(CostCategory.CATERING, "Getränke und Imbiss", "1500.00"));
		approve(languageCafe, "pruefer", "4800.00", "leitung");
		accept(languageCafe, "traeger1");
		pay(languageCafe, "traeger1", "4800.00");
		submitProof(languageCafe, "traeger1", "2400.00", "700.00", "1400.00");
		audit(languageCafe, "4500.00", "Lernmaterial für 300,00 € ist nicht belegt.");
		this.run.as("traeger1", () -> this.hearings.answer(languageCafe,
				"Die Quittungen für das Lernmaterial sind bei einem Wasserschaden verloren gegangen.", List.of()));
		this.run.as("pruefer2", () -> this.hearings.decide(languageCafe, true, Money.of("300.00"),
				"Der Verlust der Quittungen ist bedauerlich, ersetzt aber den Nachweis nicht. Ein anderer Beleg "
						+ "(etwa Kontoauszüge) wurde nicht vorgelegt. Gründe, von der Rückforderung abzusehen, "
						+ "sind nicht ersichtlich; der Betrag ist gering und die Rückzahlung zumutbar.",
				LocalDate.of(2026, 3, 1)));
		this.pending.runFor(languageCafe);
		this.run.as("kasse",
				() -> this.proofs.confirmRepayment(languageCafe, Money.of("300.00"), LocalDate.of(2026, 5, 20)));
		setInterest(languageCafe, "Der Träger hat den Nachweis der Ausgaben für Lernmaterial nicht erbracht; "
				+ "Gründe, von den Zinsen abzusehen, liegen nicht vor.");
		this.run.as("kasse",
				() -> this.interest.confirmPayment(languageCafe, Money.of("4.12"), LocalDate.of(2026, 6, 5)));

		// Interest set by interest notice after the hearing and the repayment, its
		// payment
		// awaited.
		Long parentsCafe = submit("traeger2", "B", "Elterncafé Kita Sonnenblume",
				"Informationsnachmittage für neu zugewanderte Eltern mit Sprachmittlung.", "Soest", "2026-01-15",
				"2026-05-31", null, line(CostCategory.FEES, "Honorare Sprachmittlung", "1600.00"),
				line(CostCategory.MATERIAL, "Infomaterial in fünf Sprachen", "800.00"));
		approve(parentsCafe, "pruefer", "2400.00", "leitung");
		accept(parentsCafe, "traeger2");
		pay(parentsCafe, "traeger2", "2400.00");
		submitProof(parentsCafe, "traeger2", "1600.00", "200.00");
		audit(parentsCafe, "1800.00", "Infomaterial nur zum Teil beschafft; für 600,00 € fehlt die Verwendung.");
		this.run.as("traeger2", () -> this.hearings.answer(parentsCafe,
				"Das übrige Infomaterial wird im nächsten Jahr gedruckt.", List.of()));
		this.run
			.as("pruefer2",
					() -> this.hearings
						.decide(parentsCafe, true, Money.of("600.00"),
								"Mittel für eine spätere Maßnahme dürfen nicht vorgehalten werden; Gründe, von der "
										+ "Rückforderung abzusehen, sind nicht ersichtlich.",
								LocalDate.of(2026, 2, 1)));
		this.pending.runFor(parentsCafe);
		this.run.as("kasse",
				() -> this.proofs.confirmRepayment(parentsCafe, Money.of("200.00"), LocalDate.of(2026, 3, 16)));
		this.run.as("kasse",
				() -> this.proofs.confirmRepayment(parentsCafe, Money.of("400.00"), LocalDate.of(2026, 6, 1)));
		setInterest(parentsCafe, "Der Träger hat die Mittel für Infomaterial nicht zweckentsprechend verwendet; "
				+ "die Rückzahlung erfolgte in zwei Teilen.");

		// In hearing: the audit recognised less than was paid; the carrier may still
		// answer.
		Long arrivalEvenings = submit("traeger1", "C", "Infoabende Ankommen in Erwitte",
				"Sechs Informationsabende zu Behörden, Schule und Arbeit mit Sprachmittlung.", "Erwitte", "2026-01-15",
				"2026-05-31", null, line(CostCategory.FEES, "Honorare Referentinnen und Sprachmittlung", "1500.00"),
				line(CostCategory.PUBLICITY, "Einladungen und Aushänge", "500.00"));
		approve(arrivalEvenings, "pruefer", "2000.00", "leitung");
		accept(arrivalEvenings, "traeger1");
		pay(arrivalEvenings, "traeger1", "2000.00");
		submitProof(arrivalEvenings, "traeger1", "1500.00", "500.00");
		audit(arrivalEvenings, "1650.00",
				"Für 350,00 € Honorare (zwei Abende) liegen weder Honorarverträge noch " + "Zahlungsbelege vor.");

		// Active: module A flat rate for two rooms, one payout made, a second fund call
		// awaiting release.
		// The carrier covers 1.200 € itself, the grant the flat rate of 2.000 €.
		Long meetingPoint = submit("traeger1", "A", "Ankommenstreffpunkt Nordstadt",
				"Renovierung und Ausstattung von zwei Räumen als offener Treffpunkt.", "Lippstadt", "2026-03-01",
				"2026-12-31", 2,
				new FinancingPlan.Sources(Money.of("1200.00"), Money.ZERO, Money.ZERO, Money.of("2000.00")),
				StartOfMeasure.NOT_STARTED, line(CostCategory.RENOVATION, "Malerarbeiten und Bodenbelag", "1800.00"),
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

		// Approved, the signed contract uploaded; its receipt waits for a case worker.
		Long choir = submit("traeger4", "B", "Chor der Kulturen",
				"Gemeinsamer Chor von Alteingesessenen und Neuzugewanderten.", "Soest", "2026-05-01", "2026-11-30",
				null, line(CostCategory.FEES, "Honorar Chorleitung", "1500.00"));
		approve(choir, "pruefer", "1500.00", "leitung");
		sign(choir, "traeger4");

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

		// Early start (VV Nr. 1.3 zu § 44 LHO NRW): asked for with the application and
		// permitted by letter; and a measure begun without permission, approved after the
		// assessor ruled that the start does not stand in the way.
		Long languageMeeting = submit("traeger3", "C", "Sprachtreff im Jugendzentrum",
				"Wöchentlicher Sprachtreff mit Kinderbetreuung im Jugendzentrum.", "Werl", "2026-10-01", "2026-12-31",
				null, new FinancingPlan.Sources(Money.of("300.00"), Money.ZERO, Money.ZERO, Money.of("2100.00")),
				new StartOfMeasure(false, true,
						"Das Jugendzentrum vergibt die Räume für das Herbstquartal jetzt; der Mietvertrag muss vor der Bewilligung geschlossen werden."),
				line(CostCategory.RENT, "Raummiete Jugendzentrum", "900.00"),
				line(CostCategory.FEES, "Honorare Kinderbetreuung", "1500.00"));
		this.run.as("pruefer", () -> this.reviews.decideEarlyStart(languageMeeting, true,
				"Ohne den Mietvertrag stünden die Räume im Herbst nicht zur Verfügung."));
		complete(languageMeeting);
		Long sewingCafe = submit("traeger4", "D", "Nähcafé für Frauen",
				"Ehrenamtliche Näherinnen leiten Frauen aus Neuzugewanderten-Familien an.", "Warstein", "2026-02-01",
				"2026-11-30", null,
				new FinancingPlan.Sources(Money.ZERO, Money.of("500.00"), Money.of("100.00"), Money.of("1800.00")),
				new StartOfMeasure(true, false, null), line(CostCategory.MATERIAL, "Stoffe und Garn", "900.00"),
				line(CostCategory.EQUIPMENT, "Zwei Nähmaschinen", "1500.00"));
		complete(sewingCafe);
		this.run.as("pruefer2", () -> this.reviews.assess(sewingCafe, Recommendation.APPROVE, Money.of("1800.00"),
				"Bedarf belegt, Kosten angemessen.", new EarlyStartRule.Ruling(true,
						"Vor der Antragstellung wurden nur die Räume des Gemeindehauses unentgeltlich reserviert; Verträge über Kosten wurden erst danach geschlossen.")));
		this.run.as("leitung", () -> this.reviews.decide(sewingCafe, true, Money.of("1800.00"), null));

		// The notices of the rejections above.
		this.pending.runAll();
	}

	private Long submit(String carrierUser, String module, String title, String summary, String municipality,
			String start, String end, Integer rooms, SubmitApplication.Line... lines) {
		return submit(carrierUser, module, title, summary, municipality, start, end, rooms, null, null, lines);
	}

	private Long submit(String carrierUser, String module, String title, String summary, String municipality,
			String start, String end, Integer rooms, FinancingPlan.Sources financing, StartOfMeasure startOfMeasure,
			SubmitApplication.Line... lines) {
		SubmitApplication command = new SubmitApplication(2026, "KA", module, title, summary, municipality,
				LocalDate.parse(start), LocalDate.parse(end), rooms, List.of(lines), financing, startOfMeasure);
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

	/**
	 * The carrier uploads the signed forwarding contract (the demo sends the offered PDF
	 * back) and a case worker confirms its receipt.
	 */
	private void accept(Long id, String carrierUser) {
		sign(id, carrierUser);
		this.run.as("pruefer", () -> this.receipts.confirm(id, true, null));
	}

	private void sign(Long id, String carrierUser) {
		byte[] contract = this.documents.latestNotice(id, DocumentKind.FORWARDING_CONTRACT)
			.orElseThrow(() -> new IllegalStateException("No contract offered for " + id))
			.content();
		this.run.as(carrierUser,
				() -> this.applications.submitSignedContract(id, "Weiterleitungsvertrag-unterschrieben.pdf", contract));
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

	private void setInterest(Long id, String reason) {
		this.run.as("pruefer", () -> this.interest.decide(id, false, reason));
		// The interest notice comes before its payment is confirmed.
		this.pending.runFor(id);
	}

	private void audit(Long id, String recognised, String note) {
		this.run.as("pruefer", () -> this.proofs.audit(id, true, Money.of(recognised), note));
		// The hearing letter comes before the carrier can answer.
		this.pending.runFor(id);
	}

}
