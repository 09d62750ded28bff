package de.foerderfluss.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent twice with its one-time token, one after the other or at the same moment,
 * takes effect once and both sendings lead to what the first created; a form refused for
 * its input keeps its token usable, and each form shown gets a token of its own.
 */
class FormTokenPagesTest extends PageTest {

	private static final String APPLICATION_FORM = "form[action$=/antraege/neu]";

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private String programme;

	private String yearId;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
		this.yearId = this.jdbc
			.queryForObject(
					"select y.id from funding_year y join programme p on p.id = y.programme_id where p.code = ?",
					Long.class, this.programme)
			.toString();
	}

	@Test
	void everyFormShownCarriesATokenOfItsOwn() {
		PageSession carrier = signIn(CARRIER_A);
		String first = token(carrier.get(applicationForm()), APPLICATION_FORM);
		String second = token(carrier.get(applicationForm()), APPLICATION_FORM);
		assertThat(first).matches("[0-9a-f-]{36}");
		assertThat(second).matches("[0-9a-f-]{36}").isNotEqualTo(first);
	}

	@Test
	void anApplicationSentTwiceIsSubmittedOnce() {
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get(applicationForm());

		PageSession.Page first = carrier.submit(form, APPLICATION_FORM, values());
		PageSession.Page second = carrier.submit(form, APPLICATION_FORM, values());

		assertThat(first.path()).matches("/antraege/\\d+");
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.path()).isEqualTo(first.path());
		assertThat(applications()).isEqualTo(1);
	}

	@Test
	void anApplicationSentTwiceAtTheSameMomentIsSubmittedOnce() throws Exception {
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get(applicationForm());
		CountDownLatch start = new CountDownLatch(1);

		List<CompletableFuture<PageSession.Page>> sendings = List.of(1, 2)
			.stream()
			.map((copy) -> CompletableFuture.supplyAsync(() -> {
				await(start);
				return carrier.submit(form, APPLICATION_FORM, values());
			}))
			.toList();
		start.countDown();

		PageSession.Page first = sendings.get(0).get(2, TimeUnit.MINUTES);
		PageSession.Page second = sendings.get(1).get(2, TimeUnit.MINUTES);
		assertThat(first.path()).matches("/antraege/\\d+");
		assertThat(second.path()).isEqualTo(first.path());
		assertThat(applications()).isEqualTo(1);
	}

	@Test
	void theSameFormSentAgainWithOtherInputIsRefusedWithAMessage() {
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get(applicationForm());
		carrier.submit(form, APPLICATION_FORM, values());
		Map<String, String> changed = values();
		changed.put("title", "Nachbarschaftscafé am Markt");

		PageSession.Page refused = carrier.submit(form, APPLICATION_FORM, changed);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("main"))
			.contains("Dieses Formular wurde schon einmal abgeschickt, mit anderen Angaben");
		assertThat(applications()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from application where title = ?", Long.class,
				"Nachbarschaftscafé am Markt"))
			.isZero();
	}

	@Test
	void aRefusedFormKeepsItsTokenUsable() {
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get(applicationForm());
		Map<String, String> incomplete = values();
		incomplete.put("title", "");

		PageSession.Page refused = carrier.submit(form, APPLICATION_FORM, incomplete);
		assertThat(refused.fieldError("title")).isNotBlank();
		assertThat(token(refused, APPLICATION_FORM)).isNotEqualTo(token(form, APPLICATION_FORM));

		PageSession.Page accepted = carrier.submit(form, APPLICATION_FORM, values());
		assertThat(accepted.path()).matches("/antraege/\\d+");
		assertThat(applications()).isEqualTo(1);
	}

	@Test
	void aFundCallSentTwiceIsCalledOnce() {
		long id = active(this.programme, "B", "3000.00");
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get("/antraege/" + id + "/mittelabruf");
		Map<String, String> call = Map.of("amount", "1.000,00", "neededOn", "2026-03-20");

		PageSession.Page first = carrier.submit(form, "form[action$=/mittelabruf]", call);
		PageSession.Page second = carrier.submit(form, "form[action$=/mittelabruf]", call);

		assertThat(first.path()).isEqualTo("/antraege/" + id);
		assertThat(second.path()).isEqualTo("/antraege/" + id);
		assertThat(this.jdbc.queryForObject("select count(*) from fund_call where application_id = ?", Long.class, id))
			.isEqualTo(1);
	}

	@Test
	void anUploadSentTwiceIsStoredOnce() {
		long id = submit(this.programme, "B", "1800.00");
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get("/antraege/" + id + "/unterlagen");
		assertThat(form.html().selectFirst("form[action*=/unterlagen]").attr("action")).contains("_formToken=");

		PageSession.Page first = carrier.upload(form, "form[action*=/unterlagen]", "file", "Satzung.pdf",
				"application/pdf", PDF);
		PageSession.Page second = carrier.upload(form, "form[action*=/unterlagen]", "file", "Satzung.pdf",
				"application/pdf", PDF);

		assertThat(first.path()).isEqualTo("/antraege/" + id);
		assertThat(second.path()).isEqualTo("/antraege/" + id);
		assertThat(this.jdbc.queryForObject("select count(*) from document where application_id = ?", Long.class, id))
			.isEqualTo(1);
	}

	private String applicationForm() {
		return "/antraege/neu?baustein=B&foerderjahr=" + this.yearId;
	}

	private static String token(PageSession.Page page, String form) {
		return page.html().selectFirst(form + " input[name=_formToken]").val();
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

	private long applications() {
		return this.jdbc
			.queryForObject(
					"select count(*) from application a join funding_year y on y.id = a.funding_year_id"
							+ " join programme p on p.id = y.programme_id where p.code = ?",
					Long.class, this.programme);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
