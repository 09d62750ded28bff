package de.foerderfluss.web;

import java.util.HashMap;
import java.util.Map;

import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser never sends but an attacker does, on the pages: control characters,
 * amounts in exponent notation, list indexes and choices that do not exist. A form or
 * filter answers at its field; anything else gets the German error page with 400. Nothing
 * is stored, and no stack trace reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputPagesTest extends PageTest {

	private static final String FORM = "form[action$=/antraege/neu]";

	private static final String BAD_REQUEST = "Diese Anfrage kann nicht bearbeitet werden.";

	private String programme;

	private String yearId;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
		this.yearId = signIn(CARRIER_A).get("/antraege/neu")
			.html()
			.select("a[href*=baustein=B]")
			.stream()
			.filter((link) -> link.closest("section").text().contains(this.programme))
			.findFirst()
			.orElseThrow()
			.attr("href")
			.replaceAll(".*foerderjahr=", "");
	}

	@AfterEach
	void noStackTraceInTheLog(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain(" ERROR ");
	}

	@Test
	void anAmountInExponentNotationIsRefusedAtItsField() {
		PageSession carrier = signIn(CARRIER_A);
		Map<String, String> values = values();
		values.put("costItems[0].amount", "1e5");

		PageSession.Page refused = carrier.submit(form(carrier), FORM, values);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.fieldError("costItems_0.amount"))
			.isEqualTo("Bitte geben Sie den Betrag in Euro an, zum Beispiel 1.250,00.");
		assertThat(refused.html().getElementById("costItems_0.amount").val()).isEqualTo("1e5");
		assertThat(refused.html().getElementById("costItems_1.amount").val()).isEqualTo("600,00");
		assertThat(applications()).isZero();
	}

	@Test
	void aHugeAmountIsRefusedAsTooLargeNotForItsDecimals() {
		PageSession carrier = signIn(CARRIER_A);
		Map<String, String> values = values();
		values.put("costItems[0].amount", "99999999999999999999,99");

		PageSession.Page refused = carrier.submit(form(carrier), FORM, values);

		assertThat(refused.fieldError("costItems_0.amount"))
			.isEqualTo("Position 1: Der Betrag darf höchstens 9.999.999.999,99 € sein.");
		assertThat(applications()).isZero();
	}

	@Test
	void aPeriodOutsideTheFundingYearIsRefusedAtItsField() {
		PageSession carrier = signIn(CARRIER_A);
		Map<String, String> values = values();
		values.put("startDate", "2025-06-01");

		PageSession.Page refused = carrier.submit(form(carrier), FORM, values);

		assertThat(refused.fieldError("startDate"))
			.isEqualTo("Die Maßnahme muss im Förderjahr 2026 liegen (01.01.2026 bis 31.12.2026).");
		assertThat(applications()).isZero();
	}

	@Test
	void controlCharactersGetTheErrorPage() {
		PageSession carrier = signIn(CARRIER_A);
		Map<String, String> values = values();
		values.put("title", "Nachbarschafts\u0000café");

		badRequest(carrier.submit(form(carrier), FORM, values));
		assertThat(applications()).isZero();
		badRequest(carrier.get("/antraege?q=caf%00e"));
		badRequest(signIn(REVIEWER).get("/aufgaben?q=%00"));
	}

	@Test
	void indexesAndChoicesThatDoNotExistGetTheErrorPage() {
		PageSession carrier = signIn(CARRIER_A);
		Map<String, String> values = values();
		values.put("costItems[300].amount", "5,00");
		badRequest(carrier.submit(form(carrier), FORM, values));

		values = values();
		values.put("costItems[x].amount", "5,00");
		badRequest(carrier.submit(form(carrier), FORM, values));

		values = values();
		values.put("removeRow", "abc");
		badRequest(carrier.submit(form(carrier), FORM, values));
		assertThat(applications()).isZero();

		PageSession reviewer = signIn(REVIEWER);
		badRequest(reviewer.get("/mittelabrufe/abc/pruefung"));
		assertThat(reviewer.get("/aufgaben?sort=FILE_NUMBER&due=OVERDUE").status()).isEqualTo(200);
	}

	@Test
	void aFilterValueTheTaskListDoesNotOfferIsNamedAtItsField() {
		submit(this.programme, "B", "700.00");
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page sort = reviewer.get("/aufgaben?sort=BOGUS");
		assertThat(sort.status()).isEqualTo(200);
		assertThat(sort.fieldError("sort")).isEqualTo("Dieser Wert hat nicht das erwartete Format.");
		PageSession.Page due = reviewer.get("/aufgaben?due=BOGUS");
		assertThat(due.status()).isEqualTo(200);
		assertThat(due.fieldError("due")).isEqualTo("Dieser Wert hat nicht das erwartete Format.");
	}

	@Test
	void aPayoutPeriodThatEndsBeforeItBeginsIsNamedAtItsField() {
		PageSession.Page page = signIn(FINANCE).get("/kasse/auszahlungen?from=2026-12-31&to=2026-01-01");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.fieldError("to")).isEqualTo("Das Ende des Zeitraums liegt vor seinem Beginn.");
	}

	@Test
	void anUploadWhoseNameHoldsANullCharacterIsRefused() {
		long id = submit(this.programme, "B", "700.00");
		PageSession carrier = signIn(CARRIER_A);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

		PageSession.Page refused = carrier.upload(carrier.get("/antraege/" + id + "/unterlagen"),
				"form[action*=/unterlagen]", "file", "Rech\u0000nung.png", "image/png", png);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(
				this.jdbc.queryForObject("select count(*) from document where application_id = ?", Integer.class, id))
			.isZero();

		PageSession.Page tooLong = carrier.upload(carrier.get("/antraege/" + id + "/unterlagen"),
				"form[action*=/unterlagen]", "file", "a".repeat(5000) + ".png", "image/png", png);
		assertThat(tooLong.fieldError("file")).isEqualTo("Der Dateiname ist zu lang (höchstens 255 Zeichen).");
	}

	private static void badRequest(PageSession.Page page) {
		assertThat(page.status()).as(page.url()).isEqualTo(400);
		assertThat(page.text("main")).contains(BAD_REQUEST);
	}

	private PageSession.Page form(PageSession carrier) {
		return carrier.get("/antraege/neu?baustein=B&foerderjahr=" + this.yearId);
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

	private int applications() {
		return this.jdbc.queryForObject("select count(*) from application where file_number like ?", Integer.class,
				this.programme + "-%");
	}

}
