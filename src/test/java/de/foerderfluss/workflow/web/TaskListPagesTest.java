package de.foerderfluss.workflow.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.Requests;
import de.foerderfluss.testing.TestFixtures;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER_2;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task list: what one has taken on and what is open for the team, filtered and sorted
 * by GET parameters, taken on and given back with small forms that come back to the same
 * list.
 */
class TaskListPagesTest extends PageTest {

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000, "C", 40_000));
	}

	@Test
	void aCaseWorkerTakesOnATaskAndGivesItBack() {
		long first = submit(this.programme, "B", "3000.00");
		long second = submit(this.programme, "B", "2000.00");
		PageSession reviewer = signIn(REVIEWER);

		PageSession.Page list = ours(reviewer);
		assertThat(list.text("h1")).isEqualTo("Aufgaben");
		Element row = row(list, "team", first);
		assertThat(row.text()).contains("Vollständigkeit prüfen", fileNumber(first), "Sprachcafé im Stadtteil",
				"Testverein A e.V.", "B", "Soest", "02.03.2026", "16.03.2026", "noch niemandem");
		assertThat(row.selectFirst("a.task-name").attr("href")).isEqualTo("/antraege/" + first + "/vollstaendigkeit");
		assertThat(row.selectFirst("a[href=/antraege/" + first + "]").text()).isEqualTo(fileNumber(first));
		assertThat(row(list, "team", second)).isNotNull();
		assertThat(list.html().select("#tasks-mine")).isEmpty();

		PageSession.Page claimed = reviewer.submit(list, "#" + rowId(list, first) + " form[action$=/uebernehmen]",
				Map.of());

		assertThat(claimed.path()).isEqualTo("/aufgaben?q=" + this.programme + "-2026");
		assertThat(claimed.text(".notice[role=status]"))
			.isEqualTo("Sie haben die Aufgabe „Vollständigkeit prüfen“ zu " + fileNumber(first) + " übernommen.");
		assertThat(row(claimed, "mine", first).text()).contains("Vollständigkeit prüfen", "Ihnen");
		assertThat(row(claimed, "team", first)).isNull();
		assertThat(row(claimed, "team", second)).isNotNull();
		assertThat(taskOf(REVIEWER, first).path("assignee").asText()).isEqualTo(REVIEWER);

		PageSession.Page colleague = ours(signIn(REVIEWER_2));
		Element taken = row(colleague, "team", first);
		assertThat(taken.text()).contains("Paula Prüfer");
		assertThat(taken.select("form")).isEmpty();

		PageSession.Page returned = reviewer.submit(claimed,
				"#" + rowId(claimed, first) + " form[action$=/zurueckgeben]", Map.of());

		assertThat(returned.text(".notice[role=status]")).isEqualTo("Sie haben die Aufgabe „Vollständigkeit prüfen“ zu "
				+ fileNumber(first) + " an das Team zurückgegeben.");
		assertThat(row(returned, "team", first)).isNotNull();
		assertThat(taskOf(REVIEWER, first).path("assignee").isMissingNode()).isTrue();
	}

	@Test
	void aTaskAColleagueTookMeanwhileIsRefusedAndStaysTheirs() {
		long id = submit(this.programme, "B", "3000.00");
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page stale = ours(reviewer);
		PageSession colleague = signIn(REVIEWER_2);
		PageSession.Page theirs = ours(colleague);
		colleague.submit(theirs, "#" + rowId(theirs, id) + " form[action$=/uebernehmen]", Map.of());

		PageSession.Page refused = reviewer.submit(stale, "#" + rowId(stale, id) + " form[action$=/uebernehmen]",
				Map.of());

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.path()).isEqualTo("/aufgaben?q=" + this.programme + "-2026");
		assertThat(refused.text("#task-refusal")).contains("Diese Aufgabe hat bereits Rainer Revision übernommen.");
		assertThat(refused.html().select(".notice[role=status]")).isEmpty();
		assertThat(row(refused, "team", id).text()).contains("Rainer Revision");
		assertThat(row(refused, "mine", id)).isNull();
		assertThat(taskOf(REVIEWER_2, id).path("assignee").asText()).isEqualTo(REVIEWER_2);
	}

	@Test
	void eachFilterNarrowsTheListAndKeepsItsValue() {
		long soest = submit(this.programme, "B", "3000.00");
		long lippstadt = submitIn("Lippstadt", "C", "2000.00");
		long inReview = inReview(this.programme, "B", "1500.00");
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page all = list(reviewer, Map.of("q", this.programme + "-2026"));
		assertThat(all.html().selectFirst("form.filters").attr("method")).isEqualTo("get");
		assertThat(all.html().select("form.filters label[for]").eachAttr("for")).containsExactly("type", "module",
				"municipality", "due", "q", "sort");
		assertThat(all.html().select("#type option").eachText()).contains("alle", "Antrag fachlich prüfen",
				"Vollständigkeit prüfen");
		assertThat(fileNumbers(all)).contains(fileNumber(soest), fileNumber(lippstadt), fileNumber(inReview));

		PageSession.Page byType = list(reviewer,
				Map.of("q", this.programme + "-2026", "type", "Task_AssessApplication"));
		assertThat(fileNumbers(byType)).containsExactly(fileNumber(inReview));
		assertThat(byType.html().selectFirst("#type option[selected]").val()).isEqualTo("Task_AssessApplication");
		assertThat(byType.text("tbody")).contains("Antrag fachlich prüfen").doesNotContain("Vollständigkeit prüfen");

		PageSession.Page byModule = list(reviewer, Map.of("q", this.programme + "-2026", "module", "C"));
		assertThat(fileNumbers(byModule)).containsExactly(fileNumber(lippstadt));
		assertThat(byModule.html().selectFirst("#module option[selected]").text()).isEqualTo("Baustein C");

		PageSession.Page byTown = list(reviewer, Map.of("municipality", "Lippstadt"));
		assertThat(fileNumbers(byTown)).contains(fileNumber(lippstadt))
			.doesNotContain(fileNumber(soest), fileNumber(inReview));

		PageSession.Page byText = list(reviewer, Map.of("q", fileNumber(soest)));
		assertThat(fileNumbers(byText)).containsExactly(fileNumber(soest));
		assertThat(byText.html().selectFirst("#q").val()).isEqualTo(fileNumber(soest));

		PageSession.Page none = list(reviewer, Map.of("q", "gibt-es-nicht-" + this.programme));
		assertThat(none.html().select("table.tasks")).isEmpty();
		assertThat(none.texts("p.empty")).contains("Keine offene Aufgabe des Teams passt zu diesem Filter.");
		assertThat(none.html().selectFirst("a:contains(Zurücksetzen)").attr("href")).isEqualTo("/aufgaben");

		PageSession.Page unreadable = reviewer.get("/aufgaben?due=bald&q=" + this.programme + "-2026");
		assertThat(unreadable.status()).isEqualTo(200);
		assertThat(unreadable.fieldError("due")).isEqualTo("Dieser Wert hat nicht das erwartete Format.");
		assertThat(fileNumbers(unreadable)).contains(fileNumber(soest), fileNumber(lippstadt));
	}

	@Test
	void overdueTasksStandOutAndTheDueFilterFindsThem() {
		long early = submit(this.programme, "B", "3000.00");
		this.time.advance(Duration.ofDays(10));
		long late = submit(this.programme, "B", "2000.00");
		PageSession reviewer = signIn(REVIEWER);

		PageSession.Page soon = list(reviewer, Map.of("q", this.programme + "-2026", "due", "WITHIN_WEEK"));
		assertThat(fileNumbers(soon)).containsExactly(fileNumber(early));
		assertThat(row(soon, "team", early).text()).contains("16.03.2026", "bald fällig").doesNotContain("überfällig");

		this.time.advance(Duration.ofDays(5));
		PageSession.Page page = list(reviewer, Map.of("q", this.programme + "-2026"));
		Element overdue = row(page, "team", early);
		assertThat(overdue.hasClass("overdue")).isTrue();
		assertThat(overdue.selectFirst(".due-badge.overdue").text()).isEqualTo("⚠ überfällig");
		assertThat(row(page, "team", late).hasClass("overdue")).isFalse();
		assertThat(row(page, "team", late).text()).doesNotContain("überfällig", "bald fällig");
		assertThat(page.text(".task-summary")).contains("⚠ Eine Aufgabe ist überfällig.");

		assertThat(fileNumbers(list(reviewer, Map.of("q", this.programme + "-2026", "due", "OVERDUE"))))
			.containsExactly(fileNumber(early));
		assertThat(fileNumbers(list(reviewer, Map.of("q", this.programme + "-2026", "due", "WITHIN_WEEK")))).isEmpty();
		assertThat(row(page, "team", late).text()).contains("26.03.2026");
		PageSession.Page undated = list(reviewer, Map.of("q", this.programme + "-2026", "due", "NO_DUE_DATE"));
		assertThat(fileNumbers(undated)).isEmpty();
		assertThat(undated.html().selectFirst("#due option[selected]").text()).isEqualTo("ohne Frist");
	}

	@Test
	void financeSortsByDueDateReceivedOrFileNumber() {
		long first = active(this.programme, "B", "3000.00");
		long second = active(this.programme, "B", "3000.00");
		verifiedFundCall(second, "2026-04-20");
		this.time.advance(Duration.ofHours(1));
		verifiedFundCall(first, "2026-03-16");
		PageSession finance = signIn(FINANCE);
		String q = this.programme + "-2026";

		PageSession.Page byDue = list(finance, Map.of("q", q));
		assertThat(fileNumbers(byDue)).containsExactly(fileNumber(first), fileNumber(second));
		assertThat(byDue.text("tbody")).contains("Auszahlung anordnen");
		assertThat(byDue.html().selectFirst("#sort option[selected]").val()).isEqualTo("DUE");
		assertThat(byDue.html().selectFirst("th[aria-sort=ascending]").text()).isEqualTo("Fällig");

		PageSession.Page byCreated = list(finance, Map.of("q", q, "sort", "CREATED"));
		assertThat(fileNumbers(byCreated)).containsExactly(fileNumber(second), fileNumber(first));
		assertThat(byCreated.html().selectFirst("th[aria-sort=ascending]").text()).isEqualTo("Erstellt");

		PageSession.Page byFileNumber = list(finance, Map.of("q", q, "sort", "FILE_NUMBER"));
		assertThat(fileNumbers(byFileNumber)).containsExactly(fileNumber(first), fileNumber(second));
		assertThat(byFileNumber.html().selectFirst("th[aria-sort=ascending]").text()).isEqualTo("Aktenzeichen");

		PageSession.Page claimed = finance.submit(byCreated,
				"#" + rowId(byCreated, first) + " form[action$=/uebernehmen]", Map.of());
		assertThat(claimed.path()).isEqualTo("/aufgaben?q=" + q + "&sort=CREATED");
		assertThat(claimed.html().selectFirst("#sort option[selected]").val()).isEqualTo("CREATED");
	}

	@Test
	void theFormsThatEndHereShowTheirNoticeAtTheTop() {
		long id = submit(this.programme, "B", "3000.00");
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page check = reviewer.get("/antraege/" + id + "/vollstaendigkeit");

		PageSession.Page back = reviewer.submit(check, "form[action$=/vollstaendigkeit]", Map.of("complete", "true"));

		assertThat(back.path()).isEqualTo("/aufgaben");
		Element notice = back.html().selectFirst("main > .notice[role=status]");
		assertThat(notice.text()).startsWith(fileNumber(id) + " ist vollständig.");
		assertThat(back.html().select("main > *").indexOf(notice)).isLessThan(4);
	}

	@Test
	void someoneWithoutTasksOfTheirOwnIsToldHowToGetOne() {
		long id = inApproval(this.programme, "B", "3000.00");

		PageSession.Page page = ours(signIn(APPROVER_2));

		assertThat(page.text("section[aria-labelledby=mine-title] p.empty")).isEqualTo(
				"Sie haben keine Aufgabe übernommen. Übernehmen Sie eine der offenen Aufgaben des Teams, dann steht sie hier.");
		assertThat(row(page, "team", id).text()).contains("Über Antrag entscheiden");
		assertThat(row(page, "team", id).selectFirst("a.task-name").attr("href"))
			.isEqualTo("/antraege/" + id + "/entscheidung");
	}

	@Test
	void theListSpeaksEnglish() {
		long id = submit(this.programme, "B", "3000.00");

		PageSession.Page page = signIn(REVIEWER).inEnglish()
			.get("/aufgaben?lang=en&q=" + URLEncoder.encode(fileNumber(id), StandardCharsets.UTF_8));

		assertThat(page.text("h1")).isEqualTo("Tasks");
		assertThat(page.text("#team-title")).isEqualTo("The team’s open tasks");
		assertThat(page.text("label[for=due]")).isEqualTo("Due");
		assertThat(row(page, "team", id).text()).contains("Take on", "nobody yet");
	}

	@Test
	void carriersAndAdministratorsHaveNoTaskList() {
		PageSession.Page carrier = signIn(CARRIER_A).get("/aufgaben");
		assertThat(carrier.status()).isEqualTo(403);
		assertThat(carrier.text("h1")).isEqualTo("Keine Berechtigung");
		assertThat(signIn(TestFixtures.ADMIN).get("/aufgaben").status()).isEqualTo(403);
	}

	private PageSession.Page ours(PageSession session) {
		return list(session, Map.of("q", this.programme + "-2026"));
	}

	/** The list with the filter as GET parameters, in a stable order. */
	private static PageSession.Page list(PageSession session, Map<String, String> parameters) {
		StringBuilder query = new StringBuilder();
		new TreeMap<>(parameters).forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		PageSession.Page page = session.get("/aufgaben" + query);
		assertThat(page.status()).isEqualTo(200);
		return page;
	}

	private long submitIn(String town, String module, String amount) {
		Map<String, Object> body = new HashMap<>(Requests.application(this.programme, module, amount));
		body.put("municipality", town);
		return expect(201, as(CARRIER_A).post("/api/v1/applications", body)).id();
	}

	private void verifiedFundCall(long applicationId, String neededOn) {
		Map<String, Object> call = new HashMap<>(Requests.fundCall("500.00"));
		call.put("neededOn", neededOn);
		long fundCall = expect(201, as(CARRIER_A).post(path(applicationId, "fund-calls"), call)).id();
		expect(200, as(REVIEWER).post("/api/v1/fund-calls/" + fundCall + "/verification", Requests.correct()));
	}

	private JsonNode taskOf(String username, long applicationId) {
		for (JsonNode task : expect(200, as(username).get("/api/v1/tasks")).json()) {
			if (task.path("applicationId").asLong() == applicationId) {
				return task;
			}
		}
		throw new AssertionError("No task of " + username + " for application " + applicationId);
	}

	private String fileNumber(long applicationId) {
		return as(REVIEWER).get("/api/v1/applications/" + applicationId).text("fileNumber");
	}

	/** The row of the application's task in the table "mine" or "team", or null. */
	private Element row(PageSession.Page page, String table, long applicationId) {
		for (Element row : page.html().select("#tasks-" + table + " tbody tr")) {
			if (row.selectFirst("a[href=/antraege/" + applicationId + "]") != null) {
				return row;
			}
		}
		return null;
	}

	private static String rowId(PageSession.Page page, long applicationId) {
		return page.html()
			.select("table.tasks tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("a[href=/antraege/" + applicationId + "]") != null)
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static List<String> fileNumbers(PageSession.Page page) {
		return page.html().select("table.tasks tbody tr td:nth-child(2)").eachText();
	}

}
