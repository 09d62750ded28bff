package de.foerderfluss.review.web;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment through its page: what the rules found, the recommendation with an
 * amount up to the grantable maximum, refusals at their field with nothing stored.
 */
class AssessmentPagesTest extends PageTest {

	static final String FORM = "form[action$=/bewertung]";

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("A", 10_000, "B", 60_000));
	}

	@Test
	void theCaseWorkerRecommendsApprovalAndTheAmountIsReserved() {
		long id = inReview(this.programme, "B", "2000.00", "1000.00");
		PageSession reviewer = signIn(REVIEWER);

		PageSession.Page page = reviewer.get("/antraege/" + id + "/bewertung");

		assertThat(page.text("h1")).isEqualTo("Antrag fachlich prüfen");
		assertThat(page.text("section[aria-labelledby=rules-title]")).contains("Förderfähig ja",
				"Höchstbetrag nach den Regeln 12.000,00 €", "Pauschale Baustein A nein",
				"Höchstbetrag Baustein B: 12.000,00 € je Antrag", "Beantragt 3.000,00 €",
				"Höchstens bewilligungsfähig 3.000,00 €");
		assertThat(page.texts("table.cost-plan tbody tr")).hasSize(2);
		assertThat(page.text("section[aria-labelledby=budget-title]")).contains(
				"Haushaltsstelle " + this.programme + " 2026 Baustein B", "Zugewiesen 60.000,00 €",
				"Noch verfügbar 60.000,00 €");
		assertThat(page.html().selectFirst("#amount").val()).isEqualTo("3.000,00");
		assertThat(page.text("#amount-hint")).startsWith("Höchstens bewilligungsfähig: 3.000,00 €.");
		assertThat(page.html().select("#budget-short")).isEmpty();

		PageSession.Page tasks = reviewer.submit(page, FORM, Map.of("recommendation", "APPROVE", "amount", "2.500,00",
				"justification", "Bedarf belegt, Kosten angemessen."));

		assertThat(tasks.path()).isEqualTo("/aufgaben");
		assertThat(tasks.text(".notice[role=status]")).isEqualTo("Ihr Votum zu " + fileNumber(id)
				+ " ist gespeichert: Bewilligung über 2.500,00 € empfohlen. Der Betrag ist reserviert, die Leitung entscheidet jetzt.");
		JsonNode application = as(REVIEWER).get("/api/v1/applications/" + id).json();
		assertThat(application.path("status").asText()).isEqualTo("IN_APPROVAL");
		assertThat(application.path("recommendedAmount").decimalValue()).isEqualByComparingTo("2500.00");
		assertThat(moduleFigure(this.programme, "B", "reserved")).isEqualByComparingTo("2500.00");
		assertThat(reviewer.get("/antraege/" + id + "/bewertung").html().select(FORM)).isEmpty();
	}

	@Test
	void anAmountAboveTheGrantableMaximumOrNotPositiveIsRefusedAtTheAmount() {
		long id = inReview(this.programme, "B", "3000.00");
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page page = reviewer.get("/antraege/" + id + "/bewertung");

		PageSession.Page tooMuch = reviewer.submit(page, FORM,
				Map.of("recommendation", "APPROVE", "amount", "3.000,01", "justification", "Gut."));

		assertThat(tooMuch.status()).isEqualTo(200);
		assertThat(tooMuch.fieldError("amount"))
			.isEqualTo("Der Betrag übersteigt den förderfähigen Höchstbetrag von 3.000,00 €.");
		assertThat(tooMuch.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#amount");
		assertThat(tooMuch.html().selectFirst("#amount").val()).isEqualTo("3.000,01");
		assertThat(tooMuch.html().selectFirst("#justification").text()).isEqualTo("Gut.");
		assertThat(tooMuch.html().selectFirst("#recommendation").hasAttr("checked")).isTrue();
		assertThat(
				reviewer.submit(page, FORM, Map.of("recommendation", "APPROVE", "amount", "0", "justification", "Gut."))
					.fieldError("amount"))
			.isEqualTo("Der Betrag muss größer als 0 sein.");
		assertThat(reviewer
			.submit(page, FORM, Map.of("recommendation", "APPROVE", "amount", "drei", "justification", "Gut."))
			.fieldError("amount")).startsWith("Bitte geben Sie einen Betrag wie 1.234,56 an");
		assertNothingAssessed(id);
	}

	@Test
	void aRecommendationAndAJustificationAreRequired() {
		long id = inReview(this.programme, "B", "3000.00");
		PageSession reviewer = signIn(REVIEWER);

		PageSession.Page refused = reviewer.submit(reviewer.get("/antraege/" + id + "/bewertung"), FORM,
				Map.of("justification", ""));

		assertThat(refused.fieldError("recommendation"))
			.isEqualTo("Bitte wählen Sie, ob Sie die Bewilligung oder die Ablehnung empfehlen.");
		assertThat(refused.fieldError("justification")).isEqualTo("Bitte ausfüllen.");
		assertThat(refused.texts(".error-summary li")).hasSize(2);
		assertNothingAssessed(id);
	}

	@Test
	void aRecommendedRejectionReservesNothing() {
		long id = inReview(this.programme, "B", "3000.00");
		PageSession reviewer = signIn(REVIEWER);

		PageSession.Page tasks = reviewer.submit(reviewer.get("/antraege/" + id + "/bewertung"), FORM,
				Map.of("recommendation", "REJECT", "justification", "Zielgruppe nicht erkennbar."));

		assertThat(tasks.text(".notice[role=status]")).contains("Ablehnung empfohlen");
		assertThat(status(id)).isEqualTo("IN_APPROVAL");
		assertThat(as(REVIEWER).get("/api/v1/applications/" + id).json().path("recommendedAmount").decimalValue())
			.isEqualByComparingTo("0.00");
		assertThat(moduleFigure(this.programme, "B", "reserved")).isEqualByComparingTo("0.00");
	}

	@Test
	void theModuleAFlatRateIsShownAndCapsTheAmount() {
		long id = inReview(this.programme, "A", "1500.00", "900.00");

		PageSession.Page page = signIn(REVIEWER).get("/antraege/" + id + "/bewertung");

		assertThat(page.text("section[aria-labelledby=rules-title]")).contains("Förderfähig ja",
				"Höchstbetrag nach den Regeln 2.000,00 €", "Pauschale Baustein A ja, Pauschale je Raum",
				"Pauschale von 1.000,00 € je Raum für zwei Räume", "Beantragt 2.400,00 €",
				"Höchstens bewilligungsfähig 2.000,00 €");
		assertThat(page.text("section[aria-labelledby=essentials-title]")).contains("Räume 2");
		assertThat(page.html().selectFirst("#amount").val()).isEqualTo("2.000,00");
	}

	@Test
	void aBudgetLineThatCannotCoverTheAmountIsAnnouncedBeforehand() {
		String small = this.fixtures.programme(Map.of("B", 2_000));
		long id = inReview(small, "B", "3000.00");

		PageSession.Page page = signIn(REVIEWER).get("/antraege/" + id + "/bewertung");

		assertThat(page.text("#budget-short")).isEqualTo("Auf der Haushaltsstelle " + small
				+ " 2026 Baustein B sind nur noch 2.000,00 € frei. Empfehlen Sie eine Bewilligung über mehr, wird der Antrag mangels Mitteln abgelehnt.");
	}

	@Test
	void onlyCaseWorkersAssess() {
		long id = inReview(this.programme, "B", "3000.00");

		assertThat(signIn(APPROVER).get("/antraege/" + id + "/bewertung").status()).isEqualTo(403);
		assertThat(signIn(CARRIER_A).get("/antraege/" + id + "/bewertung").status()).isEqualTo(403);
	}

	private void assertNothingAssessed(long id) {
		assertThat(status(id)).isEqualTo("IN_REVIEW");
		assertThat(
				this.jdbc.queryForObject("select count(*) from assessment where application_id = ?", Integer.class, id))
			.isZero();
		assertThat(moduleFigure(this.programme, "B", "reserved")).isEqualByComparingTo("0.00");
	}

	private String fileNumber(long id) {
		return as(REVIEWER).get("/api/v1/applications/" + id).text("fileNumber");
	}

}
