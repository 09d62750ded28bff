package de.foerderfluss.web;

import java.util.List;
import java.util.Map;

import de.foerderfluss.testing.Browser;
import de.foerderfluss.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A double click on "Antrag stellen" submits one application: the first press marks the
 * button as busy and disables the form's buttons, so the second sends nothing.
 */
class SubmitOnceBrowserTest extends BrowserTest {

	/**
	 * Notes, for every submission of a form, what the page showed right after the press
	 * and a moment later, in the tab's session storage, which outlives the page. Listens
	 * on the window after js/submit-once.js, so it sees what that script did.
	 */
	private static final String RECORD_SUBMISSIONS = """
			window.addEventListener('submit', function (event) {
				var button = event.target.querySelector('button[type=submit]:not([name]):not(.visually-hidden)');
				var note = function (moment) {
					var notes = JSON.parse(sessionStorage.getItem('submissions') || '[]');
					notes.push({ moment: moment, cancelled: event.defaultPrevented, busy: button.getAttribute('aria-busy'),
						text: button.textContent.trim(), disabled: button.disabled });
					sessionStorage.setItem('submissions', JSON.stringify(notes));
				};
				note('press');
				window.setTimeout(function () { note('after'); }, 0);
			});
			""";

	private String programme;

	private long yearId;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
		this.yearId = this.jdbc.queryForObject(
				"select y.id from funding_year y join programme p on p.id = y.programme_id where p.code = ?",
				Long.class, this.programme);
	}

	@Test
	void aDoubleClickOnAntragStellenSubmitsOneApplication() {
		Browser carrier = german(CARRIER_A);
		carrier.visit("/antraege/neu?baustein=B&foerderjahr=" + this.yearId);
		carrier.select("Förderjahr", "Testprogramm " + this.programme + " – 2026")
			.fill("Titel der Maßnahme", "Sprachcafé am Markt")
			.fill("Kurzbeschreibung", "Wöchentliches Treffen mit Sprachpatinnen und -paten.")
			.select("Kommune", "Soest")
			.date("Beginn", "2026-04-01")
			.date("Ende", "2026-10-31")
			.select("Kategorie, Position 1", "Honorare")
			.fill("Beschreibung, Position 1", "Sprachmittlung")
			.fill("Betrag in Euro, Position 1", "1.200,00");
		carrier.driver().executeScript(RECORD_SUBMISSIONS);
		WebElement button = carrier.element(By.xpath("//button[normalize-space(.)='Antrag stellen']"));

		new Actions(carrier.driver()).doubleClick(button).perform();

		new WebDriverWait(carrier.driver(), java.time.Duration.ofSeconds(20))
			.until((driver) -> carrier.path().matches("/antraege/\\d+"));
		assertThat(carrier.text(".notice")).contains("Ihr Antrag „Sprachcafé am Markt“ ist eingegangen");
		assertThat(applications()).isEqualTo(1);

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> submissions = (List<Map<String, Object>>) carrier.driver()
			.executeScript("return JSON.parse(sessionStorage.getItem('submissions') || '[]');");
		assertThat(submissions).isNotEmpty();
		Map<String, Object> press = submissions.get(0);
		assertThat(press).containsEntry("moment", "press")
			.containsEntry("cancelled", false)
			.containsEntry("busy", "true")
			.containsEntry("text", "Wird gesendet …");
		assertThat(submissions).filteredOn((note) -> "after".equals(note.get("moment")))
			.first()
			.satisfies((after) -> assertThat(after).containsEntry("disabled", true));
		// A second press that still reached the form was cancelled: it sent nothing.
		assertThat(submissions.stream().filter((note) -> "press".equals(note.get("moment"))).skip(1))
			.allSatisfy((again) -> assertThat(again).containsEntry("cancelled", true));
	}

	private long applications() {
		return this.jdbc
			.queryForObject(
					"select count(*) from application a join funding_year y on y.id = a.funding_year_id"
							+ " join programme p on p.id = y.programme_id where p.code = ?",
					Long.class, this.programme);
	}

}
