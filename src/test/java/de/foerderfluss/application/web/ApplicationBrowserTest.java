package de.foerderfluss.application.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import de.foerderfluss.testing.Browser;
import de.foerderfluss.testing.BrowserTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A carrier's application in real browsers: choosing the module, the form with a row
 * added and the running total warning above the limit, the upload, the answer to a
 * request for documents, the contract, and a withdrawal; the case worker's view of the
 * case and the lists on desktop and phone.
 */
class ApplicationBrowserTest extends BrowserTest {

	private String programme;

	private long yearId;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("A", 20_000, "B", 60_000, "C", 30_000, "D", 29_000));
		this.yearId = this.jdbc.queryForObject(
				"select y.id from funding_year y join programme p on p.id = y.programme_id where p.code = ?",
				Long.class, this.programme);
	}

	@Test
	void fromTheFirstFormToTheConcludedContract(@TempDir Path files) throws IOException {
		long earlier = approved(this.programme, "B", "2400.00");
		long waiting = submit(this.programme, "C", "900.00");

		Browser carrier = german(CARRIER_A);
		assertThat(carrier.path()).isEqualTo("/antraege");
		assertThat(carrier.text("#application-" + earlier))
			.contains("Ihr Schritt: Unterzeichneten Weiterleitungsvertrag hochladen");
		assertThat(carrier.text("#application-" + waiting)).contains("Sachbearbeitung: Vollständigkeit prüfen");
		shot(carrier, "application-dashboard");

		carrier.follow("Neuen Antrag stellen");
		assertThat(carrier.heading()).isEqualTo("Neuen Antrag stellen");
		shot(carrier, "application-modules");

		carrier.visit("/antraege/neu?baustein=B&foerderjahr=" + this.yearId);
		assertThat(carrier.heading()).isEqualTo("Neuer Antrag für Baustein B");
		carrier.select("Förderjahr", "Testprogramm " + this.programme + " – 2026")
			.fill("Kurzbeschreibung", "Monatliches Café für Neuzugewanderte und Nachbarn, mit Sprachmittlung.")
			.select("Kommune", "Soest")
			.date("Beginn", "2026-04-01")
			.date("Ende", "2026-12-31")
			.select("Kategorie, Position 1", "Honorare")
			.fill("Beschreibung, Position 1", "Sprachmittlung, 10 Treffen")
			.fill("Betrag in Euro, Position 1", "3.000,00")
			.select("Kategorie, Position 2", "Verpflegung")
			.fill("Beschreibung, Position 2", "Getränke und Gebäck")
			.fill("Betrag in Euro, Position 2", "2.500,00");
		carrier.element(By.cssSelector("[data-add-row]")).click();
		assertThat(carrier.texts("tbody[data-row-body] tr[data-row]")).hasSize(4);
		carrier.select("Kategorie, Position 4", "Miete")
			.fill("Beschreibung, Position 4", "Raummiete Gemeindehaus")
			.fill("Betrag in Euro, Position 4", "7.000,00");
		assertThat(carrier.text("output[data-sum-of]")).isEqualTo("12.500,00 €");
		assertThat(carrier.element(By.id("limit-warning")).isDisplayed()).isTrue();
		assertThat(carrier.text("#limit-warning")).contains("Höchstbetrag von 12.000,00 € für Baustein B");
		shot(carrier, "application-form");

		carrier.press("Antrag stellen");
		assertThat(carrier.path()).isEqualTo("/antraege/neu");
		assertThat(carrier.text("#title-error")).isEqualTo("Bitte geben Sie den Titel der Maßnahme an.");
		assertThat(carrier.focused().getAttribute("id")).isEqualTo("error-summary");
		assertThat(carrier.element(By.id("costItems_3.amount")).getAttribute("value")).isEqualTo("7.000,00");
		shot(carrier, "application-form-errors");

		carrier.fill("Titel der Maßnahme", "Nachbarschaftscafé Soest").fill("Betrag in Euro, Position 4", "1.000,00");
		assertThat(carrier.text("output[data-sum-of]")).isEqualTo("6.500,00 €");
		assertThat(carrier.element(By.id("limit-warning")).isDisplayed()).isFalse();
		carrier.press("Antrag stellen");
		assertThat(carrier.path()).matches("/antraege/\\d+");
		assertThat(carrier.text(".notice")).contains("ist eingegangen", "Bitte laden Sie jetzt die Unterlagen hoch");
		long id = Long.parseLong(carrier.path().replace("/antraege/", ""));
		assertThat(status(id)).isEqualTo("SUBMITTED");

		Path scan = Files.write(files.resolve("Scan.pdf"), Arrays.copyOf(CasePageTest.PDF, 12 * 1024 * 1024));
		carrier.visit("/antraege/" + id + "/unterlagen").attach("Datei", scan);
		carrier.element(By.cssSelector("main form button[type=submit]")).click();
		assertThat(carrier.text("#file-too-large")).isEqualTo("Die Datei ist zu groß (höchstens 10 MB).");
		assertThat(carrier.path()).isEqualTo("/antraege/" + id + "/unterlagen");
		Path pdf = Files.write(files.resolve("Satzung.pdf"), CasePageTest.PDF);
		carrier.attach("Datei", pdf);
		assertThat(carrier.element(By.id("file-too-large")).isDisplayed()).isFalse();
		shot(carrier, "application-upload");
		carrier.press("Hochladen");
		assertThat(carrier.path()).isEqualTo("/antraege/" + id);
		assertThat(carrier.text(".uploads")).contains("Satzung.pdf");
		shot(carrier, "application-case-carrier");

		expect(200, as(REVIEWER).post(path(id, "completeness"), Map.of("complete", false, "missing",
				"Bitte reichen Sie den Kostenvoranschlag für die Verpflegung nach.")));
		carrier.visit("/antraege/" + id);
		carrier.follow("Fehlende Unterlagen nachreichen");
		assertThat(carrier.path()).isEqualTo("/antraege/" + id + "/nachreichung");
		assertThat(carrier.text(".requested")).contains("Kostenvoranschlag");
		Path offer = Files.write(files.resolve("Kostenvoranschlag.pdf"), CasePageTest.PDF);
		carrier.attach("Datei", offer).press("Hochladen");
		assertThat(carrier.path()).isEqualTo("/antraege/" + id + "/nachreichung");
		carrier.fill("Nachricht an die Sachbearbeitung", "Der Kostenvoranschlag der Bäckerei liegt jetzt bei.");
		shot(carrier, "application-resubmission");
		carrier.press("Nachreichung abschließen");
		assertThat(status(id)).isEqualTo("SUBMITTED");

		expect(200, as(REVIEWER).post(path(id, "completeness"), Requests.complete()));
		expect(200, as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("6500.00")));
		Browser reviewer = german(REVIEWER);
		reviewer.visit("/antraege/" + id);
		assertThat(reviewer.text(".next-steps")).contains("Über den Antrag entscheiden", "Am Zug: Leitung");
		assertThat(reviewer.text("table.ledger")).contains("Reservierung", "6.500,00 €");
		shot(reviewer, "application-case-reviewer");
		reviewer.visit("/antraege?q=" + this.programme);
		shot(reviewer, "application-list");

		expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve("6500.00")));
		carrier.visit("/antraege/" + id);
		carrier.follow("Unterzeichneten Weiterleitungsvertrag hochladen");
		assertThat(carrier.path()).isEqualTo("/antraege/" + id + "/vertrag");
		assertThat(carrier.text(".terms")).contains("bis zum 28.02.2027");
		shot(carrier, "application-contract");
		concludeContract(id);
		assertThat(status(id)).isEqualTo("ACTIVE");

		carrier.visit("/antraege/" + waiting + "/ruecknahme")
			.fill("Grund der Rücknahme", "Die Räume stehen im Förderjahr nicht zur Verfügung.");
		shot(carrier, "application-withdrawal");
		carrier.press("Antrag zurücknehmen").confirm();
		assertThat(carrier.path()).isEqualTo("/antraege/" + waiting);
		assertThat(status(waiting)).isEqualTo("WITHDRAWN");

		Browser phone = narrow(german(CARRIER_A));
		phone.visit("/antraege");
		assertThat(phone.text("#application-" + earlier)).contains("Unterzeichneten Weiterleitungsvertrag hochladen");
		shot(phone, "application-dashboard-narrow");
		phone.visit("/antraege/neu?baustein=A&foerderjahr=" + this.yearId);
		assertThat(phone.heading()).isEqualTo("Neuer Antrag für Baustein A");
		shot(phone, "application-form-narrow");
		phone.visit("/antraege/" + id);
		shot(phone, "application-case-narrow");
	}

}
