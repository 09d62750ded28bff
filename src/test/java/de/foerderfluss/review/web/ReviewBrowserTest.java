package de.foerderfluss.review.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.CaseSection;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.Role;
import de.foerderfluss.testing.Browser;
import de.foerderfluss.testing.BrowserTest;
import de.foerderfluss.testing.Requests;
import de.foerderfluss.workflow.web.CaseSectionHtml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.APPROVER_2;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_APPROVER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case worker works the task list, checks completeness and assesses, the KI head
 * decides, a second approver co-signs, and the person who assessed meets the four-eyes
 * rule: in real browsers, with a screenshot of every page.
 */
class ReviewBrowserTest extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationLookup applications;

	@Autowired
	List<CaseSection> sections;

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000, "C", 40_000));
	}

	@Test
	void fromTheTaskListToTheDecision() {
		long id = submit(this.programme, "B", "1800.00", "1200.00");
		expect(201, as(CARRIER_A).upload(path(id, "documents"), "Satzung.pdf", "application/pdf",
				CompletenessPagesTest.PDF));
		long other = submitIn("Lippstadt", "C", "2000.00");
		inReview(this.programme, "B", "4500.00");
		String ours = this.programme + "-2026";

		Browser reviewer = german(REVIEWER);
		reviewer.visit("/aufgaben?q=" + ours);
		assertThat(reviewer.heading()).isEqualTo("Aufgaben");
		assertThat(reviewer.texts("#tasks-team tbody tr")).hasSize(3);
		shot(reviewer, "review-tasks");
		reviewer.select("Baustein", "Baustein C").press("Filtern");
		assertThat(reviewer.texts("#tasks-team tbody tr")).singleElement().asString().contains(fileNumber(other));
		reviewer.select("Baustein", "alle").select("Aufgabe", "Vollständigkeit prüfen").press("Filtern");
		assertThat(reviewer.texts("#tasks-team tbody tr")).hasSize(2);
		reviewer.pressIn("#task-" + taskOf(REVIEWER, id), "Übernehmen");
		assertThat(reviewer.text(".notice")).contains("übernommen");
		assertThat(reviewer.texts("#tasks-mine tbody tr")).singleElement().asString().contains(fileNumber(id));
		assertThat(reviewer.path()).contains("type=Task_CheckCompleteness");
		shot(reviewer, "review-tasks-claimed");

		reviewer.follow("Vollständigkeit prüfen");
		assertThat(reviewer.path()).isEqualTo("/antraege/" + id + "/vollstaendigkeit");
		assertThat(reviewer.text("ul.documents")).contains("Satzung.pdf");
		shot(reviewer, "review-completeness");
		reviewer.check("Nein, es fehlen Unterlagen").press("Prüfung abschließen");
		assertThat(reviewer.text("#missing-error")).isEqualTo("Bitte geben Sie an, welche Unterlagen fehlen.");
		assertThat(reviewer.focused().getAttribute("id")).isEqualTo("error-summary");
		shot(reviewer, "review-completeness-errors");
		reviewer.check("Ja, die Unterlagen sind vollständig").press("Prüfung abschließen");
		assertThat(reviewer.path()).isEqualTo("/aufgaben");
		assertThat(reviewer.text(".notice")).contains(fileNumber(id) + " ist vollständig.");
		shot(reviewer, "review-tasks-notice");

		reviewer.visit("/antraege/" + id + "/bewertung");
		assertThat(reviewer.text("section[aria-labelledby=rules-title]")).contains("Höchstens bewilligungsfähig",
				"3.000,00 €");
		shot(reviewer, "review-assessment");
		reviewer.check("Bewilligung empfehlen")
			.fill("Empfohlener Betrag in Euro", "3.500,00")
			.fill("Begründung", "Bedarf im Stadtteil belegt, Honorare marktüblich.")
			.press("Votum abgeben");
		assertThat(reviewer.text("#amount-error"))
			.isEqualTo("Der Betrag übersteigt den förderfähigen Höchstbetrag von 3.000,00 €.");
		shot(reviewer, "review-assessment-errors");
		reviewer.fill("Empfohlener Betrag in Euro", "2.800,00").press("Votum abgeben");
		assertThat(reviewer.path()).isEqualTo("/aufgaben");
		assertThat(status(id)).isEqualTo("IN_APPROVAL");

		Browser approver = german(APPROVER);
		approver.visit("/antraege/" + id + "/entscheidung");
		assertThat(approver.text("section[aria-labelledby=assessment-title]")).contains("2.800,00 €", "Paula Prüfer");
		assertThat(approver.has("#four-eyes")).isFalse();
		shot(approver, "review-decision");
		approver.check("Ablehnen").press("Entscheidung speichern");
		assertThat(approver.text("#reason-error")).isEqualTo("Bitte begründen Sie die Ablehnung.");
		shot(approver, "review-decision-errors");
		approver.check("Bewilligen").press("Entscheidung speichern");
		assertThat(approver.path()).isEqualTo("/aufgaben");
		assertThat(approver.text(".notice")).contains("ist über 2.800,00 € bewilligt");
		assertThat(status(id)).isEqualTo("APPROVED");

		Browser narrow = narrow(german(REVIEWER));
		narrow.visit("/aufgaben?q=" + ours);
		assertThat(narrow.texts("#tasks-team tbody tr")).hasSize(2);
		shot(narrow, "review-tasks-narrow");

		diagram(id, "review-diagram", false);
		concludeContract(id);
		expect(201, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall("1000.00")));
		diagram(id, "review-diagram-fund-call", false);
		diagram(id, "review-diagram-narrow", true);
	}

	@Test
	void whoAssessedMeetsTheFourEyesRuleAndASecondApproverCoSigns() {
		long id = inReview(this.programme, "B", "11500.00");
		Browser doppel = german(REVIEWER_APPROVER);
		doppel.visit("/antraege/" + id + "/bewertung");
		doppel.check("Bewilligung empfehlen")
			.fill("Begründung", "Großes Vorhaben mit belegtem Bedarf.")
			.press("Votum abgeben");

		doppel.visit("/antraege/" + id + "/entscheidung");
		assertThat(doppel.text("#four-eyes")).contains("Sie haben diesen Antrag fachlich geprüft.");
		shot(doppel, "review-decision-four-eyes");
		doppel.check("Bewilligen").press("Entscheidung speichern");
		assertThat(doppel.text(".error-summary")).contains("Vier-Augen-Prinzip");
		assertThat(doppel.focused().getAttribute("id")).isEqualTo("error-summary");
		shot(doppel, "review-decision-four-eyes-refused");
		assertThat(status(id)).isEqualTo("IN_APPROVAL");

		Browser approver = german(APPROVER);
		approver.visit("/antraege/" + id + "/entscheidung");
		approver.check("Bewilligen").press("Entscheidung speichern");
		assertThat(approver.text(".notice")).contains("muss eine zweite Person");

		Browser second = german(APPROVER_2);
		second.visit("/aufgaben");
		second.pressIn("#task-" + taskOf(APPROVER_2, id), "Übernehmen");
		second.follow("Entscheidung mitzeichnen");
		assertThat(second.heading()).isEqualTo("Entscheidung mitzeichnen");
		assertThat(second.text("section[aria-labelledby=first-decision-title]")).contains("11.500,00 €",
				"Dr. Greta Genehmiger");
		shot(second, "review-co-sign");
		second.check("Ja, ich zeichne mit").press("Mitzeichnung speichern");
		assertThat(second.path()).isEqualTo("/aufgaben");
		assertThat(status(id)).isEqualTo("APPROVED");
	}

	/** The case's process section as the case page shows it, in a browser. */
	private void diagram(long id, String name, boolean narrowScreen) {
		CaseSection section = this.sections.stream()
			.filter((candidate) -> "workflow/sections".equals(candidate.template()))
			.findFirst()
			.orElseThrow();
		LocaleContextHolder.setLocale(Locale.GERMAN);
		String html;
		try {
			Object data = section
				.data(new Actor(REVIEWER, "Paula Prüfer", null, Set.of(Role.REVIEWER)), this.applications.byId(id))
				.orElseThrow();
			html = CaseSectionHtml.page("http://localhost:" + this.port, "Ablauf",
					CaseSectionHtml.render(this.context, section, data, Locale.GERMAN));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
		Path file = Path.of("target", "screenshots", name + ".html").toAbsolutePath();
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, html);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		Browser browser = narrowScreen ? narrow(anonymousBrowser()) : anonymousBrowser();
		browser.driver().get(file.toUri().toString());
		assertThat(browser.text(".process-now")).startsWith("Aktueller Schritt:");
		assertThat(browser.has("svg.bpmn g.node.active")).isTrue();
		shot(browser, name);
		if (!narrowScreen) {
			// The link to the current step scrolls the drawing sideways to it, without
			// script.
			browser.element(org.openqa.selenium.By.linkText("Im Diagramm zeigen")).click();
			Number scrolled = (Number) browser.driver()
				.executeScript("return document.querySelector('.process-diagram').scrollLeft;");
			assertThat(scrolled.intValue()).isPositive();
			shot(browser, name + "-current-step");
		}
	}

	private long submitIn(String town, String module, String amount) {
		Map<String, Object> body = new HashMap<>(Requests.application(this.programme, module, amount));
		body.put("municipality", town);
		return expect(201, as(CARRIER_A).post("/api/v1/applications", body)).id();
	}

	private String taskOf(String username, long applicationId) {
		for (JsonNode task : expect(200, as(username).get("/api/v1/tasks")).json()) {
			if (task.path("applicationId").asLong() == applicationId) {
				return task.path("id").asText();
			}
		}
		throw new AssertionError("No task of " + username + " for application " + applicationId);
	}

	private String fileNumber(long applicationId) {
		return this.applications.byId(applicationId).getFileNumber();
	}

}
