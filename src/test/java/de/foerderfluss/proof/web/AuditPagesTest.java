package de.foerderfluss.proof.web;

import java.util.Map;

import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case worker audits the proof of use through the page: planned against spent per line
 * with the lines beyond the tolerance flagged, the consequence before it takes effect,
 * and the refusals of the service at their fields.
 */
class AuditPagesTest extends PageTest {

	private static final String FORM = "form[action$=/verwendungsnachweis/pruefung]";

	private ProofSteps steps;

	private String programme;

	@BeforeEach
	void programme() {
		this.steps = new ProofSteps(this.port);
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	@Test
	void theAuditShowsTheLinesAgainstThePlanAndFlagsThoseBeyondTheTolerance() {
		long id = provenCase();

		PageSession.Page page = signIn(REVIEWER).get("/antraege/" + id + "/verwendungsnachweis/pruefung");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("h1")).isEqualTo("Verwendungsnachweis prüfen");
		assertThat(page.text(".lead")).contains(this.steps.fileNumber(id), "Testverein A e.V.");
		assertThat(page.text(".money-figures")).contains("Bewilligt 2.400,00 €", "Ausgezahlt 2.400,00 €",
				"Ausgaben laut Nachweis 2.400,00 €", "Höchstens anerkennbar 2.400,00 €");
		assertThat(page.texts("table.proof-lines tbody tr")).containsExactly(
				"Honorare Position 1 1.800,00 € 2.250,00 € +25,0 % Mehr als 20 % über dem Plan",
				"Sachmittel Position 2 600,00 € 150,00 € −75,0 % im Rahmen");
		assertThat(page.html().select("table.proof-lines tr.flagged")).hasSize(1);
		assertThat(page.text("table.proof-lines tfoot")).contains("2.400,00 €", "0,0 %", "eine Position markiert");
		assertThat(page.text(".notice.warn")).contains("Eine Position liegt mehr als 20 % über dem Plan.");
		assertThat(page.text(".report")).isEqualTo("Zwölf Treffen mit insgesamt 180 Gästen.");
		assertThat(page.text("main")).contains("Anna Antrag", "Der Träger hat bestätigt");
		assertThat(page.html().selectFirst("#recognisedAmount").val()).isEqualTo("2.400,00");
		assertThat(page.text("#consequence")).isEqualTo("Es wird nichts zurückgefordert. Der Fall wird abgeschlossen.");
		assertThat(page.html().selectFirst("#consequence").attr("data-paid")).isEqualTo("2400.00");
		assertThat(page.html().selectFirst("#consequence").attr("data-text-clawback"))
			.startsWith("Es sollen {0} zurückgefordert werden. Zuerst wird der Träger angehört");
	}

	@Test
	void recognisingLessThanWasPaidHearsTheCarrierBeforeReclaimingTheDifference() {
		long id = provenCase();
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page page = reviewer.get("/antraege/" + id + "/verwendungsnachweis/pruefung");

		PageSession.Page after = reviewer.submit(page, FORM, Map.of("accepted", "true", "recognisedAmount", "2.100,00",
				"note", "Für 300,00 € Honorare fehlen die Belege."));

		assertThat(after.path()).isEqualTo("/aufgaben");
		assertThat(this.steps.status(id)).isEqualTo("HEARING");
		assertThat(this.steps.amount(id, "recognisedAmount")).isEqualByComparingTo("2100.00");
		assertThat(this.steps.application(id).path("repaymentAmount").isValueNode()).isFalse();
		assertThat(this.steps.moduleB(this.programme, "committed")).isEqualByComparingTo("0.00");
		assertThat(this.steps.moduleB(this.programme, "disbursed")).isEqualByComparingTo("2400.00");
		assertThat(this.steps.as(CARRIER_A).get(ProofSteps.path(id, "documents/hearing-letter")).status())
			.isEqualTo(200);
		assertThat(this.steps.as(CARRIER_A).get(ProofSteps.path(id, "documents/clawback-notice")).status())
			.isEqualTo(404);

		PageSession.Page done = reviewer.get("/antraege/" + id + "/verwendungsnachweis/pruefung");
		assertThat(done.html().select(FORM)).isEmpty();
		assertThat(done.text(".notice.audited")).contains("bereits geprüft", "Nachweis anerkannt", "2.100,00 €",
				"Für 300,00 € Honorare fehlen die Belege.", "Paula Prüfer");
	}

	@Test
	void lessThanPaidNeedsANoteAndTheConsequenceIsShown() {
		long id = provenCase();
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page page = reviewer.get("/antraege/" + id + "/verwendungsnachweis/pruefung");

		PageSession.Page refused = reviewer.submit(page, FORM,
				Map.of("accepted", "true", "recognisedAmount", "2.100,00", "note", " "));

		assertThat(refused.fieldError("note")).isEqualTo("Bitte begründen Sie, warum nicht alles anerkannt wird.");
		assertThat(refused.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#note");
		assertThat(refused.text("#consequence"))
			.startsWith("Es sollen 300,00 € zurückgefordert werden. Zuerst wird der Träger angehört");
		assertThat(refused.html().selectFirst("#recognisedAmount").val()).isEqualTo("2.100,00");
		assertThat(refused.html().selectFirst("#accepted").hasAttr("checked")).isTrue();
		assertStillInAudit(id);

		PageSession.Page notAccepted = reviewer.submit(page, FORM, Map.of("accepted", "false", "note", ""));
		assertThat(notAccepted.fieldError("note")).isEqualTo("Bitte begründen Sie, warum nicht alles anerkannt wird.");
		assertStillInAudit(id);
	}

	@Test
	void moreThanCanBeRecognisedAndNoChoiceAreRefusedAtTheirFields() {
		long id = provenCase();
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page page = reviewer.get("/antraege/" + id + "/verwendungsnachweis/pruefung");

		PageSession.Page tooHigh = reviewer.submit(page, FORM, Map.of("accepted", "true", "recognisedAmount", "2500"));
		assertThat(tooHigh.fieldError("recognisedAmount")).isEqualTo(
				"Anerkannt werden können höchstens 2.400,00 € (nachgewiesene Ausgaben, begrenzt auf die Bewilligung).");
		assertThat(tooHigh.html().selectFirst("#recognisedAmount").attr("aria-describedby"))
			.contains("recognisedAmount-error");

		PageSession.Page noChoice = reviewer.submit(page, FORM, Map.of());
		assertThat(noChoice.fieldError("accepted"))
			.isEqualTo("Bitte wählen Sie, ob der Verwendungsnachweis anerkannt wird.");

		PageSession.Page unreadable = reviewer.submit(page, FORM,
				Map.of("accepted", "true", "recognisedAmount", "zwölf"));
		assertThat(unreadable.fieldError("recognisedAmount"))
			.startsWith("Bitte geben Sie einen Betrag wie 1.234,56 an");
		assertThat(unreadable.html().selectFirst("#recognisedAmount").val()).isEqualTo("zwölf");
		assertThat(unreadable.text("#consequence"))
			.isEqualTo("Geben Sie den anerkannten Betrag an, um die Folge zu sehen.");
		assertStillInAudit(id);
	}

	@Test
	void recognisingWhatWasPaidClosesTheCaseAndReleasesWhatWasNotPaid() {
		long id = this.steps.active(this.programme, "1800.00", "1200.00");
		this.steps.paidOut(id, "2400.00");
		this.steps.proof(id, "1800.00", "600.00");
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page page = reviewer.get("/antraege/" + id + "/verwendungsnachweis/pruefung");
		assertThat(page.text(".consequence")).contains("Der Fall wird abgeschlossen.",
				"Nicht ausgezahlte Mittel von 600,00 € werden im Haushalt wieder freigegeben.");
		assertThat(this.steps.moduleB(this.programme, "committed")).isEqualByComparingTo("600.00");

		PageSession.Page after = reviewer.submit(page, FORM, Map.of("accepted", "true"));

		assertThat(after.path()).isEqualTo("/aufgaben");
		assertThat(this.steps.status(id)).isEqualTo("CLOSED");
		assertThat(this.steps.amount(id, "recognisedAmount")).isEqualByComparingTo("2400.00");
		assertThat(this.steps.moduleB(this.programme, "committed")).isEqualByComparingTo("0.00");
		assertThat(this.steps.moduleB(this.programme, "available")).isEqualByComparingTo("57600.00");
	}

	@Test
	void onlyCaseWorkersAuditAndOnlyWhatWasSubmitted() {
		long id = provenCase();

		assertThat(signIn(CARRIER_A).get("/antraege/" + id + "/verwendungsnachweis/pruefung").status()).isEqualTo(403);
		assertThat(signIn(FINANCE).get("/antraege/" + id + "/verwendungsnachweis/pruefung").status()).isEqualTo(403);
		assertThat(signIn(REVIEWER).get("/antraege/999999/verwendungsnachweis/pruefung").status()).isEqualTo(404);

		long running = this.steps.active(this.programme, "900.00");
		PageSession.Page early = signIn(REVIEWER).get("/antraege/" + running + "/verwendungsnachweis/pruefung");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.text("main"))
			.contains("Der Schritt „Prüfung des Verwendungsnachweises“ ist im Status „Laufend“ nicht möglich.");
	}

	/** Plan 1.800 € and 600 €, paid out in full; 2.250 € and 150 € spent. */
	private long provenCase() {
		long id = this.steps.active(this.programme, "1800.00", "600.00");
		this.steps.paidOut(id, "2400.00");
		this.steps.proof(id, "2250.00", "150.00");
		return id;
	}

	private void assertStillInAudit(long id) {
		assertThat(this.steps.status(id)).isEqualTo("PROOF_IN_AUDIT");
		assertThat(this.steps.application(id).path("recognisedAmount").isMissingNode()).isTrue();
	}

}
