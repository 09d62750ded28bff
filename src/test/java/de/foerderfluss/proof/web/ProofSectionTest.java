package de.foerderfluss.proof.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.Role;
import de.foerderfluss.testing.ApiTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof of use on the application page, as the carrier and the case worker see it at
 * each step: rendered from the section's own fragment.
 */
class ProofSectionTest extends ApiTest {

	@Autowired
	ProofSection section;

	@Autowired
	ApplicationLookup applications;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	ApplicationContext context;

	private ProofSteps steps;

	private String programme;

	@BeforeEach
	void programme() {
		this.steps = new ProofSteps(this.port);
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
		LocaleContextHolder.setLocale(Locale.GERMAN);
	}

	@AfterEach
	void forgetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void nothingIsShownBeforeTheContractRuns() {
		long id = this.steps.active(this.programme, "900.00");
		Application application = this.applications.byId(id);
		assertThat(this.section.order()).isEqualTo(50);
		assertThat(this.section.template()).isEqualTo("proof/sections");
		assertThat(this.section.data(caseWorker(), application)).isPresent();

		long undecided = expect(201, as(CARRIER_A).post("/api/v1/applications",
				de.foerderfluss.testing.Requests.application(this.programme, "B", "900.00")))
			.id();
		Application submitted = this.applications.byId(undecided);
		assertThat(this.section.data(carrier(submitted), submitted)).isEmpty();
		assertThat(this.section.data(caseWorker(), submitted)).isEmpty();
	}

	@Test
	void whileTheContractRunsTheCarrierIsOfferedTheFormAndTheDueDate() {
		long id = this.steps.active(this.programme, "1800.00", "600.00");

		Document carrier = render(carrier(this.applications.byId(id)), id);
		assertThat(carrier.select("h2").text()).isEqualTo("Verwendungsnachweis");
		assertThat(carrier.select(".due").text()).isEqualTo("Fällig bis 31.12.2026");
		assertThat(carrier.select(".due time").attr("datetime")).isEqualTo("2026-12-31");
		assertThat(carrier.select("a.button").attr("href")).isEqualTo("/antraege/" + id + "/verwendungsnachweis");
		assertThat(carrier.select("a.button").text()).isEqualTo("Verwendungsnachweis einreichen");

		Document caseWorker = render(caseWorker(), id);
		assertThat(caseWorker.select(".due").text()).isEqualTo("Fällig bis 31.12.2026");
		assertThat(caseWorker.text()).contains("Der Verwendungsnachweis des Trägers steht noch aus.");
		assertThat(caseWorker.select("a.button")).isEmpty();

		this.time.advance(Duration.ofDays(306));
		assertThat(render(carrier(this.applications.byId(id)), id).select(".due").text())
			.isEqualTo("Fällig bis 31.12.2026 überfällig");
	}

	@Test
	void theSubmittedProofIsShownWithItsFlaggedLinesAndTheAuditLinkForCaseWorkers() {
		long id = this.steps.active(this.programme, "1800.00", "600.00");
		this.steps.paidOut(id, "2400.00");
		this.steps.proof(id, "2250.00", "150.00");

		Document caseWorker = render(caseWorker(), id);
		assertThat(caseWorker.select(".due")).isEmpty();
		assertThat(caseWorker.select(".submitted").text())
			.isEqualTo("Eingereicht am 02.03.2026, 09:00 Uhr von Anna Antrag.");
		assertThat(caseWorker.select("table.proof-lines tbody tr")).hasSize(2);
		assertThat(caseWorker.select("tr.flagged").text()).contains("Position 1", "1.800,00 €", "2.250,00 €", "+25,0 %",
				"Mehr als 20 % über dem Plan");
		assertThat(caseWorker.select(".report").text()).isEqualTo("Zwölf Treffen mit insgesamt 180 Gästen.");
		assertThat(caseWorker.select("a.button").attr("href"))
			.isEqualTo("/antraege/" + id + "/verwendungsnachweis/pruefung");

		Document carrier = render(carrier(this.applications.byId(id)), id);
		assertThat(carrier.select("tr.flagged")).hasSize(1);
		assertThat(carrier.select("a.button")).isEmpty();
		assertThat(carrier.select(".clawback")).isEmpty();
	}

	@Test
	void afterTheAuditTheClawbackShowsWhatIsOwedByWhenAndWhatCameBack() {
		long id = this.steps.active(this.programme, "1800.00", "600.00");
		this.steps.paidOut(id, "2400.00");
		this.steps.proof(id, "2250.00", "150.00");
		this.steps.audit(id, "2100.00", "Für 300,00 € fehlen die Belege.");
		this.steps.reclaimedAfterHearing(id, "300.00");

		Document carrier = render(carrier(this.applications.byId(id)), id);
		assertThat(carrier.select(".audit-result").text()).contains("Nachweis anerkannt", "2.100,00 €",
				"Für 300,00 € fehlen die Belege.", "02.03.2026, 09:00 Uhr von Paula Prüfer");
		assertThat(carrier.select(".clawback .money-figures").text())
			.isEqualTo("Zurückgefordert 300,00 € Zurückgezahlt 0,00 € Noch offen 300,00 €");
		assertThat(carrier.select(".clawback").text()).contains("Zu zahlen bis 02.04.2026",
				"nach § 49a Abs. 3 VwVfG NRW vom 02.03.2026 an, dem Tag, an dem die Bewilligung unwirksam wurde",
				"mit 5 Prozentpunkten über dem jeweiligen Basiszinssatz jährlich",
				"Bisher ist keine Rückzahlung eingegangen.");
		assertThat(carrier.select(".clawback a").attr("href"))
			.isEqualTo("/api/v1/applications/" + id + "/documents/clawback-notice");
		assertThat(carrier.select("a.button")).isEmpty();

		Actor finance = new Actor("finance", "Karl Kasse", null, Set.of(Role.FINANCE));
		assertThat(render(finance, id).select("a.button").attr("href")).isEqualTo("/antraege/" + id + "/rueckzahlung");
		assertThat(render(caseWorker(), id).select("a.button")).isEmpty();
		Actor admin = new Actor("administrator", "Ada Admin", null, Set.of(Role.ADMIN));
		assertThat(render(admin, id).select(".clawback").text()).contains("Zurückgefordert 300,00 €")
			.doesNotContain("Rückforderungsbescheid (PDF)");
		assertThat(render(admin, id).select(".clawback a")).isEmpty();

		this.steps.repaid(id, "100.00");
		this.time.advance(Duration.ofDays(32));
		Document later = render(caseWorker(), id);
		assertThat(later.select(".clawback .money-figures").text())
			.isEqualTo("Zurückgefordert 300,00 € Zurückgezahlt 100,00 € Noch offen 200,00 €");
		assertThat(later.select(".clawback").text()).contains("02.04.2026 überfällig");
		assertThat(later.select(".clawback table.repayments tbody tr").text()).contains("100,00 €", "Karl Kasse");

		this.steps.repaid(id, "200.00");
		Document settled = render(caseWorker(), id);
		assertThat(settled.select(".clawback").text()).contains("Die Rückforderung ist vollständig beglichen.")
			.doesNotContain("überfällig");
	}

	@Test
	void aCaseClosedWithoutClawbackShowsTheAuditOnly() {
		long id = this.steps.active(this.programme, "1800.00", "600.00");
		this.steps.paidOut(id, "2400.00");
		this.steps.proof(id, "1800.00", "600.00");
		this.steps.audit(id, "2400.00", null);

		Document caseWorker = render(caseWorker(), id);
		assertThat(caseWorker.select(".audit-result").text()).contains("2.400,00 €", "Vermerk –");
		assertThat(caseWorker.select("tr.flagged")).isEmpty();
		assertThat(caseWorker.select(".clawback")).isEmpty();
	}

	private Document render(Actor actor, long id) {
		Object data = this.section.data(actor, this.applications.byId(id)).orElseThrow();
		MockServletContext servlet = new MockServletContext();
		WebContext web = new WebContext(JakartaServletWebApplication.buildApplication(servlet)
			.buildExchange(new MockHttpServletRequest(servlet, "GET", "/antraege/" + id),
					new MockHttpServletResponse()),
				Locale.GERMAN, Map.of("data", data));
		web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		return Jsoup.parse(this.templates.process(this.section.template(), Set.of("section"), web));
	}

	private static Actor carrier(Application application) {
		return new Actor(CARRIER_A, "Anna Antrag", application.getCarrierId(), Set.of(Role.CARRIER));
	}

	private static Actor caseWorker() {
		return new Actor("reviewer", "Paula Prüfer", null, Set.of(Role.REVIEWER));
	}

}
