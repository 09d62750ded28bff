package de.foerderfluss.application.web;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A carrier chooses the module and submits an application through the form: what was
 * stored is read back through the API, and every refusal stands at its field with nothing
 * stored and everything typed kept.
 */
class NewApplicationPagesTest extends PageTest {

	private static final String FORM = "form[action$=/antraege/neu]";

	private String programme;

	private String yearId;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("A", 20_000, "B", 60_000));
		PageSession.Page choice = signIn(CARRIER_A).get("/antraege/neu");
		this.yearId = choice.html()
			.select("a[href*=baustein=B]")
			.stream()
			.filter((link) -> link.closest("section").text().contains(this.programme))
			.findFirst()
			.orElseThrow()
			.attr("href")
			.replaceAll(".*foerderjahr=", "");
	}

	@Test
	void theModuleChoiceExplainsEachModuleAndItsLimit() {
		PageSession carrier = signIn(CARRIER_A);
		Integer decisionsBefore = this.jdbc.queryForObject("select count(*) from ACT_HI_DECINST", Integer.class);

		PageSession.Page choice = carrier.get("/antraege/neu");

		assertThat(choice.status()).isEqualTo(200);
		// Explaining the rules decides nothing: the decision history stays as it was.
		assertThat(this.jdbc.queryForObject("select count(*) from ACT_HI_DECINST", Integer.class))
			.isEqualTo(decisionsBefore);
		assertThat(choice.text("h1")).isEqualTo("Neuen Antrag stellen");
		String year = yearSection(choice);
		assertThat(year).contains("Testprogramm " + this.programme + " – Förderjahr 2026");
		assertThat(year).contains("Renovierung, Ausstattung und laufende Kosten von Ankommenstreffpunkten.",
				"Gefördert wird eine Pauschale von 1.000,00 € je Raum, höchstens 2 Räume, also bis zu 2.000,00 €.",
				"Bei geplanten Kosten bis 1.000,00 € werden die tatsächlichen Kosten gefördert.",
				"Zusammenkünfte, Orientierung und Begleitung", "Gefördert werden höchstens 12.000,00 € je Antrag.",
				"Baustein A wählen", "Baustein B wählen");
	}

	@Test
	void theCarrierSubmitsAnApplicationForModuleB() {
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get("/antraege/neu?baustein=B&foerderjahr=" + this.yearId);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text("h1")).isEqualTo("Neuer Antrag für Baustein B");
		assertThat(form.html().select("#rooms")).isEmpty();
		assertThat(form.html().select("tbody[data-row-body] tr[data-row]")).hasSize(3);
		assertThat(form.html().selectFirst("output[data-sum-of]").attr("data-limit")).isEqualTo("12000.00");
		assertThat(form.html().selectFirst("#fundingYear option[selected]").val()).isEqualTo(this.yearId);

		PageSession.Page after = carrier.submit(form, FORM, values());

		assertThat(after.path()).matches("/antraege/\\d+");
		assertThat(after.text(".notice")).contains("Ihr Antrag „Nachbarschaftscafé“ ist eingegangen",
				"Aktenzeichen " + this.programme + "-2026-", "Bitte laden Sie jetzt die Unterlagen hoch");
		long id = Long.parseLong(after.path().replace("/antraege/", ""));
		JsonNode stored = as(CARRIER_A).get("/api/v1/applications/" + id).json();
		assertThat(stored.path("status").asText()).isEqualTo("SUBMITTED");
		assertThat(stored.path("programme").asText()).isEqualTo(this.programme);
		assertThat(stored.path("module").asText()).isEqualTo("B");
		assertThat(stored.path("title").asText()).isEqualTo("Nachbarschaftscafé");
		assertThat(stored.path("municipality").asText()).isEqualTo("Soest");
		assertThat(stored.path("startDate").asText()).isEqualTo("2026-04-01");
		assertThat(stored.path("endDate").asText()).isEqualTo("2026-10-31");
		assertThat(stored.path("rooms").isMissingNode()).isTrue();
		assertThat(stored.path("requestedAmount").decimalValue()).isEqualByComparingTo("2450.50");
		assertThat(stored.path("costItems")).hasSize(2);
		assertThat(stored.path("costItems").get(0).path("category").asText()).isEqualTo("FEES");
		assertThat(stored.path("costItems").get(0).path("amount").decimalValue()).isEqualByComparingTo("1850.50");
		assertThat(stored.path("costItems").get(1).path("description").asText()).isEqualTo("Getränke");
	}

	@Test
	void missingFieldsAreRefusedEachAtItsFieldAndNothingIsStored() {
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get("/antraege/neu?baustein=B&foerderjahr=" + this.yearId);
		Map<String, String> values = values();
		values.put("title", " ");
		values.put("municipality", "");
		values.put("startDate", "");
		values.put("costItems[1].description", "");
		values.put("costItems[0].amount", "zwölf");

		PageSession.Page refused = carrier.submit(form, FORM, values);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.path()).isEqualTo("/antraege/neu");
		assertThat(refused.fieldError("title")).isEqualTo("Bitte geben Sie den Titel der Maßnahme an.");
		assertThat(refused.fieldError("municipality")).isEqualTo("Bitte wählen Sie die Kommune.");
		assertThat(refused.fieldError("startDate")).isEqualTo("Bitte geben Sie den Beginn der Maßnahme an.");
		assertThat(refused.fieldError("costItems_1.description"))
			.isEqualTo("Position 2: Bitte beschreiben Sie die Ausgabe.");
		assertThat(refused.fieldError("costItems_0.amount"))
			.isEqualTo("Bitte geben Sie den Betrag in Euro an, zum Beispiel 1.250,00.");
		assertThat(refused.fieldError("summary")).isNull();
		assertThat(refused.text(".error-summary")).contains("Bitte korrigieren Sie Ihre Eingaben",
				"Bitte geben Sie den Titel der Maßnahme an.", "Position 2: Bitte beschreiben Sie die Ausgabe.");
		assertThat(refused.html().select(".error-summary a").eachAttr("href")).contains("#title",
				"#costItems_1.description", "#costItems_0.amount");
		assertThat(refused.html().getElementById("costItems_1.description")).isNotNull();
		assertThat(refused.html().selectFirst("#title").attr("aria-describedby")).contains("title-error");
		// What was typed stays.
		assertThat(refused.html().selectFirst("#summary").text()).isEqualTo("Monatliches Café für Neuzugewanderte.");
		assertThat(refused.html().getElementById("costItems_0.amount").val()).isEqualTo("zwölf");
		assertThat(refused.html().getElementById("costItems_1.amount").val()).isEqualTo("600,00");
		assertThat(refused.html().selectFirst("#endDate").val()).isEqualTo("2026-10-31");
		assertThat(applicationCountOf(this.programme)).isZero();
	}

	@Test
	void anEmptyCostPlanAndAnIncompleteRowAreRefused() {
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get("/antraege/neu?baustein=B&foerderjahr=" + this.yearId);
		Map<String, String> values = values();
		values.put("costItems[0].category", "");
		values.put("costItems[0].description", "");
		values.put("costItems[0].amount", "");
		values.put("costItems[1].category", "");
		values.put("costItems[1].description", "");
		values.put("costItems[1].amount", "");

		PageSession.Page empty = carrier.submit(form, FORM, values);
		assertThat(empty.fieldError("costItems"))
			.isEqualTo("Bitte geben Sie mindestens eine Zeile des Kostenplans an.");
		assertThat(empty.html().selectFirst(".error-summary a[href=#costItems]")).isNotNull();

		values.put("costItems[2].amount", "-5");
		PageSession.Page incomplete = carrier.submit(form, FORM, values);
		assertThat(incomplete.fieldError("costItems_2.category"))
			.isEqualTo("Position 3: Bitte wählen Sie eine Kategorie.");
		assertThat(incomplete.fieldError("costItems_2.amount"))
			.isEqualTo("Position 3: Der Betrag muss größer als 0 sein.");
		assertThat(incomplete.fieldError("costItems")).isNull();
		assertThat(applicationCountOf(this.programme)).isZero();
	}

	@Test
	void theDomainRefusesAnEndBeforeTheStartAtTheEndDate() {
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get("/antraege/neu?baustein=B&foerderjahr=" + this.yearId);
		Map<String, String> values = values();
		values.put("startDate", "2026-09-01");
		values.put("endDate", "2026-06-30");

		PageSession.Page refused = carrier.submit(form, FORM, values);

		assertThat(refused.fieldError("endDate")).isEqualTo("Das Ende der Maßnahme liegt vor ihrem Beginn.");
		assertThat(refused.text(".error-summary")).contains("Das Ende der Maßnahme liegt vor ihrem Beginn.");
		assertThat(refused.html().selectFirst("#title").val()).isEqualTo("Nachbarschaftscafé");
		assertThat(refused.html().selectFirst("#startDate").val()).isEqualTo("2026-09-01");
		assertThat(applicationCountOf(this.programme)).isZero();
	}

	@Test
	void moduleAAsksForTheRoomsAndExplainsTheFlatRate() {
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get("/antraege/neu?baustein=A&foerderjahr=" + this.yearId);
		assertThat(form.text("label[for=rooms]")).isEqualTo("Zahl der Räume");
		assertThat(form.text("#rooms-hint")).isEqualTo(
				"Für den Ankommenstreffpunkt gibt es eine Pauschale von 1.000,00 € je Raum, gezählt werden höchstens 2 Räume.");
		assertThat(form.html().selectFirst("output[data-sum-of]").attr("data-limit")).isEqualTo("2000.00");

		Map<String, String> values = values();
		values.put("module", "A");
		values.put("costItems[0].amount", "2.500,00");
		PageSession.Page refused = carrier.submit(form, FORM, values);
		assertThat(refused.fieldError("rooms")).isEqualTo("Für Baustein A geben Sie bitte die Zahl der Räume an.");
		assertThat(refused.html().selectFirst("#limit-warning").hasAttr("hidden")).isFalse();
		assertThat(refused.text("#limit-warning")).contains("Höchstbetrag von 2.000,00 € für Baustein A");
		assertThat(applicationCountOf(this.programme)).isZero();

		values.put("rooms", "1");
		PageSession.Page after = carrier.submit(refused, FORM, values);
		long id = Long.parseLong(after.path().replace("/antraege/", ""));
		JsonNode stored = as(CARRIER_A).get("/api/v1/applications/" + id).json();
		assertThat(stored.path("module").asText()).isEqualTo("A");
		assertThat(stored.path("rooms").asInt()).isEqualTo(1);
	}

	@Test
	void rowsAreAddedAndRemovedWithoutJavaScript() {
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get("/antraege/neu?baustein=B&foerderjahr=" + this.yearId);
		Map<String, String> values = values();
		values.put("title", "");
		values.put("addRow", "1");

		PageSession.Page more = carrier.submit(form, FORM, values);
		assertThat(more.html().select("tbody[data-row-body] tr[data-row]")).hasSize(4);
		assertThat(more.html().select(".error-summary, .field-error:not([hidden])")).isEmpty();
		assertThat(more.html().getElementById("costItems_1.description").val()).isEqualTo("Getränke");

		Map<String, String> remove = new HashMap<>();
		remove.put("removeRow", "0");
		PageSession.Page fewer = carrier.submit(more, FORM, remove);
		assertThat(fewer.html().select("tbody[data-row-body] tr[data-row]")).hasSize(3);
		assertThat(fewer.html().getElementById("costItems_0.description").val()).isEqualTo("Getränke");
		assertThat(applicationCountOf(this.programme)).isZero();
	}

	@Test
	void onlyCarriersApply() {
		assertThat(signIn(REVIEWER).get("/antraege/neu").status()).isEqualTo(403);
		assertThat(signIn(CARRIER_B).get("/antraege/neu?baustein=B").status()).isEqualTo(200);
	}

	@Test
	void anUnknownModuleLeadsBackToTheChoice() {
		PageSession.Page page = signIn(CARRIER_A).get("/antraege/neu?baustein=Z");

		assertThat(page.text("h1")).isEqualTo("Neuen Antrag stellen");
		assertThat(page.text(".notice.warn")).contains("Für Baustein „Z“ nimmt zurzeit kein Förderjahr Anträge an.");
	}

	@Test
	void theFormSpeaksEnglish() {
		PageSession carrier = signIn(CARRIER_A).inEnglish();
		PageSession.Page form = carrier.get("/antraege/neu?baustein=B&foerderjahr=" + this.yearId + "&lang=en");

		assertThat(form.text("h1")).isEqualTo("New application for module B");
		assertThat(form.text("label[for=startDate]")).isEqualTo("Start");
		Map<String, String> values = values();
		values.put("costItems[0].amount", "1,850.50");
		values.put("costItems[1].amount", "");
		PageSession.Page refused = carrier.submit(form, FORM, values);
		assertThat(refused.fieldError("costItems_1.amount")).isEqualTo("Row 2: Please enter the amount.");
		assertThat(refused.html().getElementById("costItems_0.amount").val()).isEqualTo("1,850.50");
	}

	private Map<String, String> values() {
		Map<String, String> values = new HashMap<>();
		values.put("fundingYear", this.yearId);
		values.put("title", "Nachbarschaftscafé");
		values.put("summary", "Monatliches Café für Neuzugewanderte.");
		values.put("municipality", "Soest");
		values.put("startDate", "2026-04-01");
		values.put("endDate", "2026-10-31");
		values.put("costItems[0].category", "FEES");
		values.put("costItems[0].description", "Honorare Sprachmittlung");
		values.put("costItems[0].amount", "1.850,50");
		values.put("costItems[1].category", "CATERING");
		values.put("costItems[1].description", "Getränke");
		values.put("costItems[1].amount", "600,00");
		return values;
	}

	private String yearSection(PageSession.Page choice) {
		return choice.html()
			.select("section.year-offer")
			.stream()
			.filter((section) -> section.text().contains(this.programme))
			.findFirst()
			.orElseThrow()
			.text();
	}

	private int applicationCountOf(String programme) {
		return this.jdbc.queryForObject("select count(*) from application where file_number like ?", Integer.class,
				programme + "-%");
	}

}
