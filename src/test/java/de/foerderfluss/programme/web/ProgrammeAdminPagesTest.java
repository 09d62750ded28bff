package de.foerderfluss.programme.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.Requests;
import de.foerderfluss.testing.TestFixtures;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators set up a programme and its funding years with modules A to D, and open
 * or close a year for applications.
 */
class ProgrammeAdminPagesTest extends PageTest {

	private static final String FORM = "main form.card";

	@Test
	void anAdministratorCreatesAProgrammeAndItsFirstYear() {
		String code = code();
		PageSession admin = signIn(ADMIN);

		PageSession.Page yearForm = admin.submit(admin.get("/verwaltung/programme/neu"), FORM,
				Map.of("code", code, "name", "Integration vor Ort " + code, "description", "Kleine Maßnahmen"));

		assertThat(yearForm.path()).matches("/verwaltung/programme/\\d+/jahre/neu");
		assertThat(yearForm.text("[role=status]")).contains("ist angelegt. Legen Sie jetzt sein erstes Förderjahr an.");
		assertThat(yearForm.html().selectFirst("#year").val()).isEqualTo("2026");
		assertThat(yearForm.html().select("input[id$=.name]").eachAttr("value")).containsOnly("");
		assertThat(yearForm.html().selectFirst("#open").hasAttr("checked")).isTrue();
		assertThat(yearForm.html().selectFirst("label[for=modules_1.allocation]").text())
			.isEqualTo("Mittel für Baustein B in Euro");

		PageSession.Page list = admin.submit(yearForm, FORM,
				year("2026", "100.000,00", "30.000", "50.000,00", "", "20000"));

		assertThat(list.path()).isEqualTo("/verwaltung/programme");
		assertThat(list.text("[role=status]"))
			.isEqualTo("Das Förderjahr 2026 von „Integration vor Ort " + code + "“ ist angelegt.");
		Map<String, Object> year = this.jdbc.queryForMap(
				"select y.id, y.allocation, y.open_for_applications from funding_year y join programme p on p.id = y.programme_id where p.code = ?",
				code);
		assertThat((BigDecimal) year.get("ALLOCATION")).isEqualByComparingTo("100000.00");
		assertThat(year.get("OPEN_FOR_APPLICATIONS")).isEqualTo(true);
		List<Map<String, Object>> modules = this.jdbc.queryForList(
				"select code, name, description, allocation from funding_module where funding_year_id = ? order by code",
				year.get("ID"));
		assertThat(modules).extracting((row) -> row.get("CODE")).containsExactly("A", "B", "D");
		assertThat(modules.get(1).get("NAME")).isEqualTo("Baustein B heißt so");
		assertThat((BigDecimal) modules.get(1).get("ALLOCATION")).isEqualByComparingTo("50000.00");
		assertThat((BigDecimal) modules.get(2).get("ALLOCATION")).isEqualByComparingTo("20000.00");

		String card = list.text("#year-" + year.get("ID"));
		assertThat(card).contains("Förderjahr 2026", "nimmt Anträge an", "Zuweisung 100.000,00 €",
				"An Bausteine verteilt 100.000,00 €", "Nicht verteilt 0,00 €", "Baustein B heißt so", "50.000,00 €");
		assertThat(as(TestFixtures.CARRIER_A).get("/api/v1/programmes").json().toString()).contains(code);
	}

	@Test
	void theNextYearIsSuggestedWithTheNamesOfTheLatest() {
		String programme = this.fixtures.programme(Map.of("A", 10_000, "C", 5_000));
		PageSession.Page form = signIn(ADMIN).get("/verwaltung/programme/" + programmeId(programme) + "/jahre/neu");

		assertThat(form.html().selectFirst("#year").val()).isEqualTo("2027");
		assertThat(form.html().select("input[id$=.name]").eachAttr("value")).containsExactly("Baustein A", "",
				"Baustein C", "");
	}

	@Test
	void aProgrammeNeedsAFreeCodeOfCapitals() {
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/programme/neu");
		String existing = this.fixtures.programme(Map.of("B", 1_000));

		assertThat(admin.submit(form, FORM, Map.of("code", "ka", "name", "Klein")).fieldError("code"))
			.startsWith("Das Kürzel beginnt mit einem Großbuchstaben");
		assertThat(admin.submit(form, FORM, Map.of("code", existing, "name", "Doppelt")).fieldError("code"))
			.isEqualTo("Das Kürzel „" + existing + "“ hat bereits ein anderes Programm.");
		assertThat(admin.submit(form, FORM, Map.of("code", "", "name", "")).fieldError("name"))
			.isEqualTo("Bitte ausfüllen.");
		assertThat(this.jdbc.queryForObject("select count(*) from programme where name in ('Klein', 'Doppelt')",
				Integer.class))
			.isZero();
	}

	@Test
	void aYearIsRefusedAtItsFieldsAndNothingIsStored() {
		String programme = this.fixtures.programme(Map.of("B", 10_000));
		Long id = programmeId(programme);
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/programme/" + id + "/jahre/neu");

		PageSession.Page tooMuch = admin.submit(form, FORM, year("2027", "100.000,00", "60.000", "50.000", "", ""));
		assertThat(tooMuch.fieldError("allocation"))
			.isEqualTo("Die Bausteine erhalten zusammen 110.000,00 €, mehr als die Zuweisung von 100.000,00 €.");
		assertThat(tooMuch.html().selectFirst("[id=modules_0.allocation]").val()).isEqualTo("60.000,00");

		Map<String, String> nameless = year("2027", "100.000,00", "", "", "", "");
		nameless.put("modules[2].allocation", "5.000");
		nameless.put("modules[3].allocation", "zwölf");
		PageSession.Page rows = admin.submit(form, FORM, nameless);
		assertThat(rows.fieldError("modules_2.name"))
			.isEqualTo("Bitte geben Sie die Bezeichnung des Bausteins an oder lassen Sie den Baustein ganz leer.");
		assertThat(rows.fieldError("modules_3.allocation")).startsWith("Bitte geben Sie einen Betrag wie 1.234,56 an");
		assertThat(rows.html().selectFirst("[id=modules_3.allocation]").val()).isEqualTo("zwölf");
		assertThat(rows.html().select(".error-summary a").eachAttr("href")).contains("#modules_2.name",
				"#modules_3.allocation");

		assertThat(admin.submit(form, FORM, year("2027", "100.000,00", "", "", "", "")).fieldError("modules"))
			.isEqualTo("Bitte geben Sie mindestens einen Baustein an.");
		assertThat(admin.submit(form, FORM, year("2026", "100.000,00", "1.000", "", "", "")).fieldError("year"))
			.isEqualTo("Das Förderjahr 2026 gibt es in diesem Programm bereits.");
		PageSession.Page unreadable = admin.submit(form, FORM, year("zwanzig", "viel", "1.000", "", "", ""));
		assertThat(unreadable.fieldError("year")).isEqualTo("Bitte geben Sie eine ganze Zahl an.");
		assertThat(unreadable.fieldError("allocation")).startsWith("Bitte geben Sie einen Betrag wie 1.234,56 an");
		assertThat(unreadable.html().selectFirst("[id=modules_0.name]").val()).isEqualTo("Baustein A heißt so");
		assertThat(admin.submit(form, FORM, year("1999", "100.000,00", "1.000", "", "", "")).fieldError("year"))
			.isEqualTo("Bitte geben Sie ein Jahr zwischen 2000 und 2100 an.");

		assertThat(
				this.jdbc.queryForObject("select count(*) from funding_year where programme_id = ?", Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void aClosedYearTakesNoApplicationsUntilItIsOpenedAgain() {
		String programme = this.fixtures.programme(Map.of("B", 10_000));
		Long year = yearId(programme);
		PageSession admin = signIn(ADMIN);
		PageSession.Page list = admin.get("/verwaltung/programme");
		String toggle = "form[action=/verwaltung/programme/jahre/" + year + "/antragsannahme]";
		assertThat(list.text(toggle + " button")).isEqualTo("Antragsannahme schließen");

		PageSession.Page closed = admin.submit(list, toggle, Map.of());

		assertThat(closed.text("[role=status]")).contains("nimmt keine neuen Anträge mehr an");
		assertThat(closed.text("#year-" + year)).contains("Antragsannahme geschlossen");
		var refused = expect(400, as(TestFixtures.CARRIER_A).post("/api/v1/applications",
				Requests.application(programme, "B", "500.00")));
		assertThat(refused.fieldErrors("fundingYear"))
			.containsExactly("Das Förderjahr 2026 nimmt keine Anträge mehr an.");

		PageSession.Page opened = admin.submit(closed, toggle, Map.of());
		assertThat(opened.text("#year-" + year)).contains("nimmt Anträge an");
		expect(201, as(TestFixtures.CARRIER_A).post("/api/v1/applications",
				Requests.application(programme, "B", "500.00")));
	}

	@Test
	void thePagesSpeakEnglish() {
		String programme = this.fixtures.programme(Map.of("B", 10_000));
		PageSession admin = signIn(ADMIN).inEnglish();
		assertThat(admin.get("/verwaltung/programme?lang=en").text("h1")).isEqualTo("Programmes and budgets");
		PageSession.Page form = admin.get("/verwaltung/programme/" + programmeId(programme) + "/jahre/neu");
		assertThat(form.text("label[for=modules_0.allocation]")).isEqualTo("Funds for module A in euros");
		assertThat(admin.submit(form, FORM, year("2027", "1,000.00", "2,000.00", "", "", "")).fieldError("allocation"))
			.isEqualTo("The modules receive 2,000.00 € together, more than the allocation of 1,000.00 €.");
	}

	private Map<String, String> year(String year, String allocation, String a, String b, String c, String d) {
		Map<String, String> values = new HashMap<>();
		values.put("year", year);
		values.put("allocation", allocation);
		String[] amounts = { a, b, c, d };
		for (int i = 0; i < 4; i++) {
			String name = amounts[i].isEmpty() ? "" : "Baustein " + "ABCD".charAt(i) + " heißt so";
			values.put("modules[" + i + "].name", name);
			values.put("modules[" + i + "].description",
					amounts[i].isEmpty() ? "" : "Wofür " + "ABCD".charAt(i) + " ist");
			values.put("modules[" + i + "].allocation", amounts[i]);
		}
		return values;
	}

	private Long programmeId(String code) {
		return this.jdbc.queryForObject("select id from programme where code = ?", Long.class, code);
	}

	private Long yearId(String code) {
		return this.jdbc.queryForObject("select id from funding_year where programme_id = ?", Long.class,
				programmeId(code));
	}

	private static String code() {
		return "P" + Integer.toString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF), 36).toUpperCase();
	}

}
