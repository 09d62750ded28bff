package de.foerderfluss.review.web;

import java.util.HashMap;
import java.util.Map;

import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The early start on the pages: the assessment shows the rule for a measure begun without
 * permission and takes no vote without the ruling; the case worker's answer to a request
 * needs a reason for a refusal and shows on the case page.
 */
class EarlyStartPagesTest extends PageTest {

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	private long submitted(boolean started, boolean requested) {
		Map<String, Object> body = new HashMap<>(Requests.application(this.programme, "B", "2400.00"));
		body.put("alreadyStarted", started);
		body.put("earlyStartRequested", requested);
		body.put("earlyStartReason", requested ? "Der Raum ist nur jetzt zu mieten." : null);
		return expect(201, as(CARRIER_A).post("/api/v1/applications", body)).id();
	}

	@Test
	void theAssessmentOfAMeasureBegunWithoutPermissionShowsTheRuleAndNeedsTheRuling() {
		long id = submitted(true, false);
		expect(200, as(REVIEWER).post(path(id, "completeness"), Requests.complete()));
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page page = reviewer.get("/antraege/" + id + "/bewertung");
		assertThat(page.text("#early-start-rule")).contains("bereits vor der Bewilligung begonnen",
				"VV Nr. 1.3 zu § 44 LHO NRW");

		PageSession.Page refused = reviewer.submit(page, AssessmentPagesTest.FORM,
				Map.of("recommendation", "APPROVE", "amount", "2.400,00", "justification", "Bedarf belegt."));

		assertThat(refused.fieldError("earlyStartAccepted")).contains("ohne Zustimmung begonnen");
		assertThat(status(id)).isEqualTo("IN_REVIEW");
		PageSession.Page done = reviewer.submit(refused, AssessmentPagesTest.FORM,
				Map.of("recommendation", "APPROVE", "amount", "2.400,00", "justification", "Bedarf belegt.",
						"earlyStartAccepted", "true", "earlyStartReason", "Vorher wurde nichts bezahlt."));
		assertThat(done.path()).isEqualTo("/aufgaben");
		assertThat(status(id)).isEqualTo("IN_APPROVAL");
	}

	@Test
	void theCaseWorkerRefusesAnEarlyStartWithAReasonAndTheCasePageSaysSo() {
		long id = submitted(false, true);
		assertThat(signIn(CARRIER_A).get("/antraege/" + id + "/vorzeitiger-beginn").status()).isEqualTo(403);
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page page = reviewer.get("/antraege/" + id + "/vorzeitiger-beginn");
		assertThat(page.text("main")).contains("Der Raum ist nur jetzt zu mieten.");

		PageSession.Page refused = reviewer.submit(page, "form[action$=/vorzeitiger-beginn]",
				Map.of("permitted", "false", "reason", ""));
		assertThat(refused.fieldError("reason"))
			.isEqualTo("Bitte begründen Sie die Ablehnung des vorzeitigen Maßnahmebeginns.");

		PageSession.Page casePage = reviewer.submit(refused, "form[action$=/vorzeitiger-beginn]",
				Map.of("permitted", "false", "reason", "Nicht dringlich."));
		assertThat(casePage.path()).isEqualTo("/antraege/" + id);
		assertThat(casePage.text("section.early-start")).contains("Abgelehnt von Paula Prüfer", "Nicht dringlich.",
				"Schreiben zum vorzeitigen Maßnahmebeginn (PDF)");
		assertThat(signIn(CARRIER_A).get("/antraege/" + id).text("section.early-start"))
			.contains("Abgelehnt von Paula Prüfer");
	}

}
