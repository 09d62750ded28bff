package de.foerderfluss.application.web;

import java.util.Map;

import de.foerderfluss.testing.Browser;
import de.foerderfluss.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the carrier declares the financing plan with a running total and
 * asks for an early start; a plan that does not add up is refused at the grant; the case
 * worker permits the early start and the letter is on the case page.
 */
class FinancingBrowserTest extends BrowserTest {

	private long yearId;

	@BeforeEach
	void programme() {
		String programme = this.fixtures.programme(Map.of("A", 20_000, "B", 60_000));
		this.yearId = this.jdbc.queryForObject(
				"select y.id from funding_year y join programme p on p.id = y.programme_id where p.code = ?",
				Long.class, programme);
	}

	@Test
	void theCarrierDeclaresTheFinancingPlanAndAnEarlyStartWhichTheCaseWorkerPermits() {
		Browser carrier = german(CARRIER_A);
		carrier.visit("/antraege/neu?baustein=B&foerderjahr=" + this.yearId)
			.fill("Titel der Maßnahme", "Nachbarschaftscafé Soest")
			.fill("Kurzbeschreibung", "Monatliches Café für Neuzugewanderte und Nachbarn.")
			.select("Kommune", "Soest")
			.date("Beginn", "2026-04-01")
			.date("Ende", "2026-12-31")
			.select("Kategorie, Position 1", "Honorare")
			.fill("Beschreibung, Position 1", "Sprachmittlung")
			.fill("Betrag in Euro, Position 1", "3.000,00")
			.select("Kategorie, Position 2", "Miete")
			.fill("Beschreibung, Position 2", "Raummiete")
			.fill("Betrag in Euro, Position 2", "1.000,00")
			.fill("Eigenmittel", "500,00")
			.fill("Drittmittel", "250,00")
			.fill("Beantragte Zuwendung", "3.000,00")
			.check("Ich beantrage die Zustimmung zum vorzeitigen Maßnahmebeginn (Beginn vor der Bewilligung).")
			.fill("Begründung für den vorzeitigen Beginn", "Der Raum ist nur jetzt zu mieten.");
		assertThat(carrier.text(".financing-total output")).isEqualTo("4.000,00 €");
		shot(carrier, "application-form-financing");

		carrier.press("Antrag stellen");
		assertThat(carrier.path()).isEqualTo("/antraege/neu");
		assertThat(carrier.text("[id='financing.requestedGrant-error']"))
			.contains("Der Finanzierungsplan geht nicht auf", "3.750,00 €", "4.000,00 €");

		carrier.fill("Beantragte Zuwendung", "3.250,00").press("Antrag stellen");
		assertThat(carrier.path()).matches("/antraege/\\d+");
		long id = Long.parseLong(carrier.path().replace("/antraege/", ""));
		assertThat(carrier.text("section.financing")).contains("Eigenmittel 500,00 €", "Drittmittel 250,00 €",
				"Beantragte Zuwendung 3.250,00 €", "Fehlbedarfsfinanzierung");
		assertThat(carrier.text("section.early-start")).contains("Der Raum ist nur jetzt zu mieten.",
				"noch nicht entschieden");
		shot(carrier, "application-case-financing");

		Browser caseWorker = german(REVIEWER);
		caseWorker.visit("/antraege/" + id).follow("Über den vorzeitigen Maßnahmebeginn entscheiden");
		assertThat(caseWorker.path()).isEqualTo("/antraege/" + id + "/vorzeitiger-beginn");
		caseWorker.check("Ja, dem vorzeitigen Beginn zustimmen")
			.fill("Begründung", "Ohne den Mietvertrag stünde kein Raum zur Verfügung.");
		shot(caseWorker, "early-start-decision");
		caseWorker.press("Entscheiden und Schreiben erstellen");
		assertThat(caseWorker.path()).isEqualTo("/antraege/" + id);
		assertThat(caseWorker.text("section.early-start")).contains("Zugestimmt von Paula Prüfer",
				"Schreiben zum vorzeitigen Maßnahmebeginn (PDF)");

		carrier.visit("/antraege/" + id);
		assertThat(carrier.text("section.early-start")).contains("Zugestimmt von Paula Prüfer");
	}

}
