package de.foerderfluss.workflow;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.Role;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Requests;
import de.foerderfluss.testing.TimeMachine;
import de.foerderfluss.workflow.ProcessDiagrams.CaseDiagrams;
import de.foerderfluss.workflow.ProcessDiagrams.Diagram;
import de.foerderfluss.workflow.web.CaseSectionHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process diagram on the case page: the lifecycle where the case stands, open fund
 * calls beside it, finished cases from their history alone, and nothing for carriers.
 */
class ProcessDiagramSectionTest extends ApiTest {

	private static final Actor CASE_WORKER = new Actor(REVIEWER, "Paula Prüfer", null, Set.of(Role.REVIEWER));

	@Autowired
	ProcessDiagramSection section;

	@Autowired
	ApplicationLookup applications;

	@Autowired
	ApplicationContext context;

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
		LocaleContextHolder.setLocale(Locale.GERMAN);
	}

	@AfterEach
	void forgetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aCaseInReviewIsAtItsAssessmentWithTheEarlierStepsTicked() {
		long id = inReview(this.programme, "B", "3000.00");

		CaseDiagrams data = data(id);

		assertThat(data.diagrams()).hasSize(1);
		Diagram lifecycle = data.diagrams().get(0);
		assertThat(lifecycle.finished()).isFalse();
		assertThat(lifecycle.current()).singleElement().satisfies((step) -> {
			assertThat(step.name()).isEqualTo("Antrag fachlich prüfen");
			assertThat(step.at()).isEqualTo(TimeMachine.START);
		});
		assertThat(lifecycle.done()).extracting(ProcessDiagrams.Step::name)
			.containsExactly("Vollständigkeit prüfen", "Förderfähigkeit und Höchstbetrag prüfen");
		assertThat(lifecycle.done().get(0).by()).isEqualTo("Paula Prüfer");
		Document svg = Jsoup.parse(lifecycle.svg(), "", org.jsoup.parser.Parser.xmlParser());
		assertThat(svg.select("g.node.active").eachAttr("data-element")).containsExactly("Task_AssessApplication");
		assertThat(svg.select("g.node.passed").eachAttr("data-element"))
			.contains("StartEvent_ApplicationSubmitted", "Task_CheckCompleteness", "Task_CheckEligibility")
			.doesNotContain("Task_AssessApplication", "Task_DecideApplication");

		Document html = Jsoup.parse(CaseSectionHtml.render(this.context, this.section, data, Locale.GERMAN));
		assertThat(html.selectFirst("section.process h2").text()).isEqualTo("Ablauf");
		assertThat(html.selectFirst(".process-now").text())
			.isEqualTo("Aktueller Schritt: Antrag fachlich prüfen (seit 02.03.2026) Im Diagramm zeigen");
		assertThat(html.selectFirst(".process-now a.process-jump").attr("href"))
			.isEqualTo("#process-" + id + "-Task_AssessApplication");
		assertThat(html.select("#process-" + id + "-Task_AssessApplication")).hasSize(1);
		assertThat(html.selectFirst(".process-diagram").attr("tabindex")).isEqualTo("0");
		assertThat(html.selectFirst(".process-diagram").attr("aria-describedby")).isEqualTo("process-" + id + "-now");
		assertThat(html.selectFirst(".process-diagram svg title").text())
			.isEqualTo("Ablauf des Antrags " + fileNumber(id));
		assertThat(html.select(".process-legend .legend-item").eachText()).containsExactly(
				"aktueller Schritt (kräftig umrandet)", "erledigt (mit Haken)", "nicht oder noch nicht durchlaufen");
		assertThat(html.selectFirst("details.process-steps summary").text())
			.isEqualTo("Erledigte Schritte als Liste (2)");
	}

	@Test
	void anOpenFundCallIsDrawnBesideTheLifecycle() {
		long id = active(this.programme, "B", "3000.00");
		long fundCall = expect(201, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall("500.00"))).id();

		CaseDiagrams data = data(id);

		assertThat(data.diagrams()).extracting(Diagram::title)
			.containsExactly("Ablauf des Antrags " + fileNumber(id), "Mittelabruf Nr. " + fundCall);
		assertThat(data.diagrams().get(0).current()).extracting(ProcessDiagrams.Step::name)
			.containsExactly("Verwendungsnachweis einreichen");
		assertThat(data.diagrams().get(1).current()).extracting(ProcessDiagrams.Step::name)
			.containsExactly("Mittelabruf sachlich prüfen");
		Document html = Jsoup.parse(CaseSectionHtml.render(this.context, this.section, data, Locale.GERMAN));
		assertThat(html.select(".process-diagram-block h3").eachText())
			.containsExactly("Ablauf des Antrags " + fileNumber(id), "Mittelabruf Nr. " + fundCall);
		assertThat(html.select("svg.bpmn").eachAttr("id")).containsExactly("process-" + id, "fund-call-" + fundCall);
	}

	@Test
	void aFinishedCaseShowsHowItEndedFromItsHistory() {
		long id = inApproval(this.programme, "B", "3000.00");
		expect(200, as(APPROVER).post(path(id, "decision"),
				Map.of("approved", false, "reason", "Zielgruppe nicht erreicht.")));

		Diagram lifecycle = data(id).diagrams().get(0);

		assertThat(lifecycle.finished()).isTrue();
		assertThat(lifecycle.outcome().name()).isEqualTo("Antrag abgelehnt");
		assertThat(lifecycle.current()).isEmpty();
		Document svg = Jsoup.parse(lifecycle.svg(), "", org.jsoup.parser.Parser.xmlParser());
		assertThat(svg.select("g.node.active")).isEmpty();
		assertThat(svg.select("g.node.passed").eachAttr("data-element"))
			.contains("Task_DecideApplication", "Task_RejectApplication", "Task_IssueRejectionNotice", "End_Rejected")
			.doesNotContain("Task_ApproveApplication");
		Document html = Jsoup.parse(CaseSectionHtml.render(this.context, this.section, data(id), Locale.GERMAN));
		assertThat(html.selectFirst(".process-now").text()).isEqualTo("Beendet: Antrag abgelehnt am 02.03.2026");
	}

	@Test
	void carriersDoNotSeeTheDiagram() {
		long id = submit(this.programme, "B", "3000.00");
		Actor carrier = new Actor(CARRIER_A, "Anna Antrag", this.applications.byId(id).getCarrierId(),
				Set.of(Role.CARRIER));

		assertThat(this.section.data(carrier, this.applications.byId(id))).isEmpty();
		assertThat(this.section.data(CASE_WORKER, this.applications.byId(id))).isPresent();
		assertThat(this.section.template()).isEqualTo("workflow/sections");
	}

	private CaseDiagrams data(long id) {
		Application application = this.applications.byId(id);
		return (CaseDiagrams) this.section.data(CASE_WORKER, application).orElseThrow();
	}

	private String fileNumber(long id) {
		return this.applications.byId(id).getFileNumber();
	}

}
