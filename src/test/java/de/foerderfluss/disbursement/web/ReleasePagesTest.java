package de.foerderfluss.disbursement.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.Pdf;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.FINANCE_2;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finance releases verified fund calls through the pages, never the person who verified
 * and never twice, and finds the payouts in the list with their statements.
 */
class ReleasePagesTest extends PageTest {

	private static final String RELEASE = "form[action$=/anordnung]";

	private static final String FILTER = "form.filters";

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	@Test
	void financeReleasesAndFindsThePayoutInTheList() {
		long id = active(this.programme, "B", "3000.00");
		long fundCall = verifiedFundCall(id, "1000.00", "2026-03-16");
		PageSession finance = signIn(FINANCE);

		PageSession.Page desk = finance.get("/kasse");
		assertThat(desk.text("h1")).isEqualTo("Anordnungen");
		PageSession.Page order = finance
			.get(desk.html().selectFirst("a[href=/mittelabrufe/" + fundCall + "/anordnung]").attr("href"));
		assertThat(order.text("h1")).isEqualTo("Auszahlung anordnen");
		assertThat(order.text("main")).contains("Testverein A e.V.", "DE62 4145 0075 0001 2345 67", "1.000,00 €",
				"Testprogramm " + this.programme, "2026", "B – Baustein B", fileNumber(id), "Paula Prüfer",
				"Sachlich und rechnerisch richtig.");
		assertThat(order.html().select("#four-eyes")).isEmpty();

		PageSession.Page payouts = finance.submit(order, RELEASE, Map.of());

		assertThat(payouts.path()).isEqualTo("/kasse/auszahlungen");
		JsonNode payout = payoutOf(fundCall);
		long payoutId = payout.path("id").asLong();
		assertThat(payouts.text(".notice[role=status]"))
			.isEqualTo("Auszahlung Nr. " + payoutId + " über 1.000,00 € an Testverein A e.V. ist angeordnet.");
		assertThat(payouts.html().selectFirst("a[href=/api/v1/payouts/" + payoutId + "/statement]")).isNotNull();
		assertThat(payout.path("releasedBy").asText()).isEqualTo(FINANCE);
		assertThat(as(CARRIER_A).get("/api/v1/applications/" + id).json().path("paidAmount").decimalValue())
			.isEqualByComparingTo("1000.00");
		assertThat(moduleFigure(this.programme, "B", "disbursed")).isEqualByComparingTo("1000.00");

		PageSession.Page mine = filter(finance, Map.of("q", fileNumber(id)));
		assertThat(mine.texts("table.payouts tbody tr")).singleElement()
			.asString()
			.contains(String.valueOf(payoutId), fileNumber(id), "Testverein A e.V.", "DE62 4145 0075 0001 2345 67",
					"1.000,00 €", "Paula Prüfer", "Karl Kasse");
		assertThat(mine.text("table.payouts tfoot")).contains("Summe (eine Auszahlung)", "1.000,00 €");
		assertThat(signIn(FINANCE).get("/kasse").html().select("a[href=/mittelabrufe/" + fundCall + "/anordnung]"))
			.isEmpty();
	}

	@Test
	void whoVerifiedIsToldBeforeAndRefusedWhenPressingAnyway() {
		long id = active(this.programme, "B", "3000.00");
		long fundCall = fundCall(id, "2000.00");
		PageSession both = signIn(REVIEWER_FINANCE);
		both.submit(both.get("/mittelabrufe/" + fundCall + "/pruefung"), "form[action$=/pruefung]",
				Map.of("correct", "true"));

		PageSession.Page order = both.get("/mittelabrufe/" + fundCall + "/anordnung");
		assertThat(order.text("#four-eyes")).contains(
				"Sie haben diesen Mittelabruf als sachlich richtig bestätigt. Die Anordnung muss eine andere Person erteilen.");

		PageSession.Page refused = both.submit(order, RELEASE, Map.of());

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text(".error-summary h2")).isEqualTo("Dieser Schritt ist so nicht möglich");
		assertThat(refused.text(".error-summary"))
			.contains("Vier-Augen-Prinzip: Sie haben diesen Mittelabruf als sachlich richtig bestätigt");
		assertThat(payoutOf(fundCall)).isNull();
		assertThat(as(CARRIER_A).get("/api/v1/applications/" + id).json().path("paidAmount").decimalValue())
			.isEqualByComparingTo("0.00");
		assertThat(moduleFigure(this.programme, "B", "disbursed")).isEqualByComparingTo("0.00");

		PageSession.Page other = signIn(FINANCE_2).get("/mittelabrufe/" + fundCall + "/anordnung");
		assertThat(other.html().select("#four-eyes")).isEmpty();
		assertThat(other.text("main")).contains("Kurt Kombi");
	}

	@Test
	void aSecondReleasePaysNothing() {
		long id = active(this.programme, "B", "3000.00");
		long fundCall = verifiedFundCall(id, "1500.00", "2026-03-16");
		PageSession finance = signIn(FINANCE);
		PageSession.Page order = finance.get("/mittelabrufe/" + fundCall + "/anordnung");
		PageSession.Page otherTab = finance.get("/mittelabrufe/" + fundCall + "/anordnung");
		PageSession.Page released = finance.submit(order, RELEASE, Map.of());
		// The same form sent again leads to where the first sending went.
		assertThat(finance.submit(order, RELEASE, Map.of()).path()).isEqualTo(released.path());

		PageSession.Page again = finance.submit(otherTab, RELEASE, Map.of());

		assertThat(again.path()).isEqualTo("/mittelabrufe/" + fundCall + "/anordnung");
		assertThat(again.text(".error-summary")).contains(
				"Die Auszahlung für diesen Mittelabruf ist bereits angeordnet. Es wurde nichts erneut ausgezahlt.");
		assertThat(again.html().select(RELEASE)).isEmpty();
		long payoutId = payoutOf(fundCall).path("id").asLong();
		assertThat(again.text("main")).contains("Die Auszahlung ist angeordnet: Auszahlung Nr. " + payoutId);
		assertThat(again.html().select(".fund-calls a[href=/api/v1/payouts/" + payoutId + "/statement]")).hasSize(1);
		assertThat(as(CARRIER_A).get("/api/v1/applications/" + id).json().path("paidAmount").decimalValue())
			.isEqualByComparingTo("1500.00");
		assertThat(moduleFigure(this.programme, "B", "disbursed")).isEqualByComparingTo("1500.00");
	}

	@Test
	void thePayoutListFiltersByPeriodTextAndStatus() {
		long first = active(this.programme, "B", "3000.00");
		long firstPayout = paidOut(first, "1000.00");
		this.time.advance(Duration.ofDays(3));
		long second = active(this.programme, "B", "4000.00");
		long secondPayout = paidOut(second, "2500.00");
		PageSession finance = signIn(FINANCE);
		PageSession.Page list = finance.get("/kasse/auszahlungen");
		assertThat(list.html().selectFirst(FILTER).attr("method")).isEqualTo("get");
		assertThat(list.html().select(FILTER + " label[for]").eachAttr("for")).containsExactly("from", "to", "status",
				"q");

		PageSession.Page period = filter(finance,
				Map.of("from", "2026-03-05", "to", "2026-03-05", "q", this.programme + "-2026"));
		assertThat(ids(period)).containsExactly(secondPayout);
		assertThat(period.text("tfoot")).contains("2.500,00 €");

		PageSession.Page both = filter(finance,
				Map.of("from", "2026-03-02", "to", "2026-03-05", "q", this.programme + "-2026"));
		assertThat(ids(both)).containsExactly(secondPayout, firstPayout);
		assertThat(both.text("tfoot")).contains("Summe (2 Auszahlungen)", "3.500,00 €");
		assertThat(both.html().selectFirst("#from").val()).isEqualTo("2026-03-02");

		PageSession.Page byFileNumber = filter(finance, Map.of("q", fileNumber(first)));
		assertThat(ids(byFileNumber)).containsExactly(firstPayout);
		assertThat(byFileNumber.html().selectFirst("a:contains(Liste als PDF)").attr("href"))
			.isEqualTo("/api/v1/payouts/list?ids=" + firstPayout);

		PageSession.Page byStatus = filter(finance, Map.of("status", "RELEASED", "q", this.programme + "-2026"));
		assertThat(ids(byStatus)).containsExactly(secondPayout, firstPayout);

		PageSession.Page onlyPeriod = finance.get("/kasse/auszahlungen?from=2026-03-02&to=2026-03-05");
		assertThat(ids(onlyPeriod)).contains(secondPayout, firstPayout);
		String listPath = onlyPeriod.html().selectFirst("a:contains(Liste als PDF)").attr("href");
		assertThat(listPath).isEqualTo("/api/v1/payouts/list?from=2026-03-02&to=2026-03-05");
		Api.Response pdf = finance.download(listPath);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(Pdf.of(pdf.bytes()).flatText()).contains(fileNumber(first), fileNumber(second));

		PageSession.Page none = filter(finance, Map.of("q", "gibt-es-nicht-" + this.programme));
		assertThat(none.html().select("table.payouts")).isEmpty();
		assertThat(none.text(".notice")).isEqualTo("Keine Auszahlung passt zu diesem Filter.");
		assertThat(none.html().select("a:contains(Liste als PDF)")).isEmpty();

		PageSession.Page badDate = finance.get("/kasse/auszahlungen?from=gestern");
		assertThat(badDate.status()).isEqualTo(200);
		assertThat(badDate.fieldError("from")).isEqualTo("Bitte geben Sie ein gültiges Datum an.");
	}

	@Test
	void theStatementLinkPrintsAndCountsEveryPrint() {
		long id = active(this.programme, "B", "3000.00");
		long payout = paidOut(id, "1000.00");
		PageSession finance = signIn(FINANCE);
		PageSession.Page list = finance.get("/kasse/auszahlungen?q=" + fileNumber(id));
		String link = list.html().selectFirst("#payout-" + payout + " a:contains(Anordnung drucken)").attr("href");
		assertThat(link).isEqualTo("/api/v1/payouts/" + payout + "/statement");
		assertThat(prints(list, payout)).isEqualTo("0");

		Api.Response first = finance.download(link);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.contentType()).isEqualTo("application/pdf");
		assertThat(new String(first.bytes(), 0, 5)).isEqualTo("%PDF-");
		assertThat(Pdf.of(first.bytes()).flatText()).doesNotContain("KOPIE");
		Api.Response second = finance.download(link);
		assertThat(Pdf.of(second.bytes()).flatText()).contains("KOPIE");

		assertThat(prints(finance.get("/kasse/auszahlungen?q=" + fileNumber(id)), payout)).isEqualTo("2");
	}

	@Test
	void onlyFinanceWorksTheDesk() {
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page desk = reviewer.get("/kasse");
		assertThat(desk.status()).isEqualTo(403);
		assertThat(desk.text("h1")).isEqualTo("Keine Berechtigung");
		assertThat(reviewer.get("/kasse/auszahlungen").status()).isEqualTo(403);
		long id = active(this.programme, "B", "3000.00");
		long fundCall = verifiedFundCall(id, "1000.00", "2026-03-16");
		assertThat(reviewer.get("/mittelabrufe/" + fundCall + "/anordnung").status()).isEqualTo(403);
		assertThat(signIn(CARRIER_A).get("/mittelabrufe/" + fundCall + "/anordnung").status()).isEqualTo(403);
	}

	@Test
	void theDeskShowsOverdueCallsFirstWithTheTotal() {
		long soon = active(this.programme, "B", "3000.00");
		long soonCall = verifiedFundCall(soon, "300.00", "2026-04-20");
		long late = active(this.programme, "B", "3000.00");
		long lateCall = verifiedFundCall(late, "700.00", "2026-03-10");
		this.time.advance(Duration.ofDays(20));

		PageSession.Page desk = signIn(FINANCE).get("/kasse");

		List<String> rows = desk.texts("table tbody tr");
		int lateRow = indexOf(rows, fileNumber(late));
		int soonRow = indexOf(rows, fileNumber(soon));
		assertThat(lateRow).isNotNegative();
		assertThat(soonRow).isGreaterThan(lateRow);
		assertThat(desk.html().select("table tbody tr").get(lateRow).hasClass("overdue")).isTrue();
		assertThat(rows.get(lateRow)).contains("überfällig", "700,00 €", "Paula Prüfer");
		assertThat(desk.html().select("table tbody tr").get(soonRow).hasClass("overdue")).isFalse();
		assertThat(rows.get(soonRow)).doesNotContain("überfällig");
		assertThat(desk.html().select("a[href=/mittelabrufe/" + lateCall + "/anordnung]")).hasSize(1);
		assertThat(desk.html().select("a[href=/mittelabrufe/" + soonCall + "/anordnung]")).hasSize(1);
		assertThat(desk.text("tfoot")).contains("Summe (");
	}

	@Test
	void thePayoutListSpeaksEnglish() {
		long id = active(this.programme, "B", "3000.00");
		paidOut(id, "1000.00");

		PageSession.Page list = signIn(FINANCE).inEnglish().get("/kasse/auszahlungen?lang=en&q=" + fileNumber(id));

		assertThat(list.text("h1")).isEqualTo("Payouts");
		assertThat(list.text("label[for=q]")).isEqualTo("File number or payee");
		assertThat(list.text("tfoot")).contains("Total (one payout)", "1,000.00 €");
		assertThat(list.text("table.payouts tbody")).contains("Print statement");
	}

	private long fundCall(long applicationId, String amount) {
		return fundCall(applicationId, amount, "2026-03-16");
	}

	private long fundCall(long applicationId, String amount, String neededOn) {
		Map<String, Object> body = new java.util.HashMap<>(Requests.fundCall(amount));
		body.put("neededOn", neededOn);
		return expect(201, as(CARRIER_A).post(path(applicationId, "fund-calls"), body)).id();
	}

	private long verifiedFundCall(long applicationId, String amount, String neededOn) {
		long fundCall = fundCall(applicationId, amount, neededOn);
		expect(200, as(REVIEWER).post("/api/v1/fund-calls/" + fundCall + "/verification", Requests.correct()));
		return fundCall;
	}

	private JsonNode payoutOf(long fundCall) {
		for (JsonNode payout : expect(200, as(FINANCE).get("/api/v1/payouts")).json()) {
			if (payout.path("fundCallId").asLong() == fundCall) {
				return payout;
			}
		}
		return null;
	}

	private String fileNumber(long applicationId) {
		return as(REVIEWER).get("/api/v1/applications/" + applicationId).text("fileNumber");
	}

	/** The filter form sends GET parameters, as a browser does. */
	private static PageSession.Page filter(PageSession session, Map<String, String> values) {
		StringBuilder query = new StringBuilder();
		new java.util.TreeMap<>(values).forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
			.append(name)
			.append('=')
			.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
		return session.get("/kasse/auszahlungen" + query);
	}

	private static List<Long> ids(PageSession.Page page) {
		return page.html()
			.select("table.payouts tbody tr")
			.stream()
			.map((row) -> Long.valueOf(row.selectFirst("td").text()))
			.toList();
	}

	private static String prints(PageSession.Page page, long payout) {
		return page.html().select("#payout-" + payout + " td").get(8).text();
	}

	private static int indexOf(List<String> rows, String text) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).contains(text)) {
				return i;
			}
		}
		return -1;
	}

}
