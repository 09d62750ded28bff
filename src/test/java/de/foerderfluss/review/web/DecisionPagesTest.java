package de.foerderfluss.review.web;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.APPROVER_2;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_APPROVER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision and the co-signature through their page: the assessment and the budget on
 * view, the four-eyes rule explained before and enforced when tried, a rejection only
 * with a reason, nothing stored when refused.
 */
class DecisionPagesTest extends PageTest {

	static final String FORM = "form[action$=/entscheidung]";

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	@Test
	void theHeadOfTheKiApprovesWhatWasRecommended() {
		long id = inApproval(this.programme, "B", "3000.00");
		PageSession approver = signIn(APPROVER);

		PageSession.Page page = approver.get("/antraege/" + id + "/entscheidung");

		assertThat(page.text("h1")).isEqualTo("Über den Antrag entscheiden");
		assertThat(page.text("section[aria-labelledby=assessment-title]")).contains("Empfehlung Bewilligung",
				"Empfohlener Betrag 3.000,00 €", "Bedarf nachvollziehbar, Kosten angemessen.", "von Paula Prüfer");
		assertThat(page.text("section[aria-labelledby=budget-title]")).contains("Noch verfügbar 57.000,00 €",
				"Für diesen Antrag reserviert 3.000,00 €");
		assertThat(page.html().select("#four-eyes, #budget-short")).isEmpty();
		assertThat(page.html().selectFirst("#amount").val()).isEqualTo("3.000,00");
		assertThat(page.text("fieldset legend")).isEqualTo("Wie entscheiden Sie?");

		PageSession.Page tasks = approver.submit(page, FORM, Map.of("approved", "true"));

		assertThat(tasks.path()).isEqualTo("/aufgaben");
		assertThat(tasks.text(".notice[role=status]")).isEqualTo(fileNumber(id)
				+ " ist über 3.000,00 € bewilligt. Der Träger erhält je nach Programm den Weiterleitungsbescheid oder den Weiterleitungsvertrag.");
		JsonNode application = as(REVIEWER).get("/api/v1/applications/" + id).json();
		assertThat(application.path("status").asText()).isEqualTo("APPROVED");
		assertThat(application.path("approvedAmount").decimalValue()).isEqualByComparingTo("3000.00");
		assertThat(moduleFigure(this.programme, "B", "committed")).isEqualByComparingTo("3000.00");
		assertThat(approver.get("/antraege/" + id + "/entscheidung").html().select(FORM)).isEmpty();
	}

	@Test
	void aRejectionNeedsAReasonWhichGoesIntoTheNotice() {
		long id = inApproval(this.programme, "B", "3000.00");
		PageSession approver = signIn(APPROVER);
		PageSession.Page page = approver.get("/antraege/" + id + "/entscheidung");

		PageSession.Page refused = approver.submit(page, FORM, Map.of("approved", "false", "reason", ""));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.fieldError("reason")).isEqualTo("Bitte begründen Sie die Ablehnung.");
		assertThat(refused.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#reason");
		assertThat(refused.html().selectFirst("#approved-no").hasAttr("checked")).isTrue();
		assertNothingDecided(id, "3000.00");

		PageSession.Page noChoice = approver.submit(page, FORM, Map.of());
		assertThat(noChoice.fieldError("approved")).isEqualTo("Bitte wählen Sie, ob Sie bewilligen oder ablehnen.");
		assertNothingDecided(id, "3000.00");

		PageSession.Page tasks = approver.submit(refused, FORM,
				Map.of("approved", "false", "reason", "Die Maßnahme richtet sich nicht an die Zielgruppe."));

		assertThat(tasks.text(".notice[role=status]")).startsWith(fileNumber(id) + " ist abgelehnt.");
		JsonNode application = as(REVIEWER).get("/api/v1/applications/" + id).json();
		assertThat(application.path("status").asText()).isEqualTo("REJECTED");
		assertThat(application.path("rejectionReason").asText())
			.isEqualTo("Die Maßnahme richtet sich nicht an die Zielgruppe.");
		assertThat(moduleFigure(this.programme, "B", "reserved")).isEqualByComparingTo("0.00");
	}

	@Test
	void anAmountAboveTheGrantableMaximumIsRefusedAtTheAmount() {
		long id = inApproval(this.programme, "B", "3000.00");
		PageSession approver = signIn(APPROVER);

		PageSession.Page refused = approver.submit(approver.get("/antraege/" + id + "/entscheidung"), FORM,
				Map.of("approved", "true", "amount", "3.500,00"));

		assertThat(refused.fieldError("amount"))
			.isEqualTo("Der Betrag übersteigt den förderfähigen Höchstbetrag von 3.000,00 €.");
		assertThat(refused.html().selectFirst("#amount").val()).isEqualTo("3.500,00");
		assertNothingDecided(id, "3000.00");
	}

	@Test
	void whoAssessedIsToldBeforeAndRefusedWhenDecidingAnyway() {
		long id = inReview(this.programme, "B", "3000.00");
		PageSession doppel = signIn(REVIEWER_APPROVER);
		doppel.submit(doppel.get("/antraege/" + id + "/bewertung"), "form[action$=/bewertung]",
				Map.of("recommendation", "APPROVE", "justification", "Bedarf belegt."));

		PageSession.Page page = doppel.get("/antraege/" + id + "/entscheidung");

		assertThat(page.text("#four-eyes")).isEqualTo("Vier-Augen-Prinzip Sie haben diesen Antrag fachlich geprüft. "
				+ "Über ihn entscheiden oder die Entscheidung mitzeichnen muss deshalb eine andere Person mit Entscheidungsbefugnis.");
		assertThat(page.html().selectFirst(FORM + " button[type=submit]").attr("aria-describedby"))
			.isEqualTo("four-eyes");
		assertThat(page.text("section[aria-labelledby=assessment-title]")).contains("von Doris Doppel");

		PageSession.Page refused = doppel.submit(page, FORM, Map.of("approved", "true"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select(".error-summary a")).isEmpty();
		assertThat(refused.text(".error-summary")).contains(
				"Vier-Augen-Prinzip: Sie haben diesen Antrag fachlich geprüft und dürfen deshalb nicht über ihn entscheiden.");
		assertNothingDecided(id, "3000.00");

		PageSession.Page other = signIn(APPROVER).get("/antraege/" + id + "/entscheidung");
		assertThat(other.html().select("#four-eyes")).isEmpty();
	}

	@Test
	void anAmountAboveTheThresholdIsCoSignedByASecondApprover() {
		long id = inApproval(this.programme, "B", "11000.00");
		PageSession approver = signIn(APPROVER);

		PageSession.Page first = approver.submit(approver.get("/antraege/" + id + "/entscheidung"), FORM,
				Map.of("approved", "true"));

		assertThat(first.text(".notice[role=status]")).isEqualTo("Ihre Bewilligung von " + fileNumber(id)
				+ " über 11.000,00 € ist gespeichert. Bei diesem Betrag muss eine zweite Person mit Entscheidungsbefugnis mitzeichnen; die Aufgabe steht jetzt bei den offenen Aufgaben des Teams.");
		assertThat(status(id)).isEqualTo("IN_APPROVAL");
		assertThat(first.html().select("a.task-name[href=/antraege/" + id + "/entscheidung]").eachText())
			.contains("Entscheidung mitzeichnen");

		PageSession.Page own = approver.get("/antraege/" + id + "/entscheidung");
		assertThat(own.text("h1")).isEqualTo("Entscheidung mitzeichnen");
		assertThat(own.text("#four-eyes")).contains("Sie haben über diesen Antrag bereits entschieden.");
		PageSession.Page refused = approver.submit(own, FORM, Map.of("approved", "true"));
		assertThat(refused.text(".error-summary")).contains(
				"Vier-Augen-Prinzip: Sie haben bereits entschieden. Die Mitzeichnung muss eine zweite Person vornehmen.");
		assertThat(status(id)).isEqualTo("IN_APPROVAL");
		assertThat(decisions(id)).isEqualTo(1);

		PageSession second = signIn(APPROVER_2);
		PageSession.Page coSign = second.get("/antraege/" + id + "/entscheidung");
		assertThat(coSign.text("h1")).isEqualTo("Entscheidung mitzeichnen");
		assertThat(coSign.html().select("#four-eyes, #amount")).isEmpty();
		assertThat(coSign.text("section[aria-labelledby=first-decision-title]")).contains("Ergebnis bewilligt",
				"Bewilligter Betrag 11.000,00 €", "von Dr. Greta Genehmiger");
		assertThat(coSign.text("fieldset legend")).isEqualTo("Zeichnen Sie die Bewilligung über 11.000,00 € mit?");

		PageSession.Page tasks = second.submit(coSign, FORM, Map.of("approved", "true"));

		assertThat(tasks.text(".notice[role=status]")).isEqualTo("Sie haben die Bewilligung von " + fileNumber(id)
				+ " über 11.000,00 € mitgezeichnet. Der Träger erhält je nach Programm den Weiterleitungsbescheid oder den Weiterleitungsvertrag.");
		JsonNode application = as(REVIEWER).get("/api/v1/applications/" + id).json();
		assertThat(application.path("status").asText()).isEqualTo("APPROVED");
		assertThat(application.path("approvedAmount").decimalValue()).isEqualByComparingTo("11000.00");
		assertThat(decisions(id)).isEqualTo(2);
	}

	@Test
	void aRefusedCoSignatureNeedsAReasonAndRejects() {
		long id = inApproval(this.programme, "B", "11000.00");
		expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve("11000.00")));
		PageSession second = signIn(APPROVER_2);
		PageSession.Page coSign = second.get("/antraege/" + id + "/entscheidung");

		PageSession.Page refused = second.submit(coSign, FORM, Map.of("approved", "false"));

		assertThat(refused.fieldError("reason")).isEqualTo("Bitte begründen Sie die Ablehnung.");
		assertThat(status(id)).isEqualTo("IN_APPROVAL");
		assertThat(decisions(id)).isEqualTo(1);
		assertThat(second.submit(coSign, FORM, Map.of()).fieldError("approved"))
			.isEqualTo("Bitte wählen Sie, ob Sie mitzeichnen.");

		PageSession.Page tasks = second.submit(refused, FORM,
				Map.of("approved", "false", "reason", "Der Betrag ist für die Maßnahme zu hoch."));

		assertThat(tasks.text(".notice[role=status]")).startsWith("Sie haben die Mitzeichnung verweigert.");
		JsonNode application = as(REVIEWER).get("/api/v1/applications/" + id).json();
		assertThat(application.path("status").asText()).isEqualTo("REJECTED");
		assertThat(application.path("rejectionReason").asText()).isEqualTo("Der Betrag ist für die Maßnahme zu hoch.");
		assertThat(moduleFigure(this.programme, "B", "reserved")).isEqualByComparingTo("0.00");
	}

	@Test
	void anExhaustedBudgetIsAnnouncedAndRefusesTheApproval() {
		String small = this.fixtures.programme(Map.of("B", 5_000));
		inApproval(small, "B", "3000.00");
		long id = inReview(small, "B", "3000.00");
		expect(200, as(REVIEWER).post(path(id, "assessment"),
				Map.of("recommendation", "REJECT", "justification", "Bedarf nicht belegt.")));
		PageSession approver = signIn(APPROVER);

		PageSession.Page page = approver.get("/antraege/" + id + "/entscheidung");

		assertThat(page.text("#budget-short"))
			.isEqualTo("Die Mittel reichen nicht für eine Bewilligung über 3.000,00 €: " + "Auf der Haushaltsstelle "
					+ small + " 2026 Baustein B sind noch 2.000,00 € frei, für diesen Antrag sind "
					+ "0,00 € reserviert. Bewilligen Sie höchstens 2.000,00 € oder lehnen Sie ab.");
		assertThat(page.text("section[aria-labelledby=assessment-title]")).contains("Empfehlung Ablehnung")
			.doesNotContain("Empfohlener Betrag");

		PageSession.Page refused = approver.submit(page, FORM, Map.of("approved", "true"));

		assertThat(refused.text(".error-summary")).contains("Die Mittel der Haushaltsstelle " + small
				+ " 2026 Baustein B reichen nicht aus: verfügbar 2.000,00 €, benötigt 3.000,00 €.");
		assertThat(status(id)).isEqualTo("IN_APPROVAL");
		assertThat(decisions(id)).isZero();
		assertThat(moduleFigure(small, "B", "reserved")).isEqualByComparingTo("3000.00");

		PageSession.Page approved = approver.submit(refused, FORM, Map.of("approved", "true", "amount", "2.000,00"));
		assertThat(approved.path()).isEqualTo("/aufgaben");
		assertThat(status(id)).isEqualTo("APPROVED");
	}

	@Test
	void onlyTheKiHeadDecides() {
		long id = inApproval(this.programme, "B", "3000.00");

		assertThat(signIn(REVIEWER).get("/antraege/" + id + "/entscheidung").status()).isEqualTo(403);
		assertThat(signIn(CARRIER_A).get("/antraege/" + id + "/entscheidung").status()).isEqualTo(403);
	}

	@Test
	void thePageSpeaksEnglish() {
		long id = inApproval(this.programme, "B", "3000.00");

		PageSession.Page page = signIn(APPROVER).inEnglish().get("/antraege/" + id + "/entscheidung?lang=en");

		assertThat(page.text("h1")).isEqualTo("Decide the application");
		assertThat(page.text("fieldset legend")).isEqualTo("What do you decide?");
		assertThat(page.html().selectFirst("#amount").val()).isEqualTo("3,000.00");
	}

	private void assertNothingDecided(long id, String reserved) {
		assertThat(status(id)).isEqualTo("IN_APPROVAL");
		assertThat(decisions(id)).isZero();
		assertThat(moduleFigure(this.programme, "B", "reserved")).isEqualByComparingTo(reserved);
	}

	private int decisions(long id) {
		return this.jdbc.queryForObject("select count(*) from decision where application_id = ?", Integer.class, id);
	}

	private String fileNumber(long id) {
		return as(REVIEWER).get("/api/v1/applications/" + id).text("fileNumber");
	}

}
