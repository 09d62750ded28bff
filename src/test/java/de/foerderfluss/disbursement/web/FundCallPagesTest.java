package de.foerderfluss.disbursement.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.Role;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The carrier calls funds and a case worker verifies the call: through the pages, with
 * every refusal at its field and nothing stored when refused.
 */
class FundCallPagesTest extends PageTest {

	private static final String FORM = "form[action$=/mittelabruf]";

	private static final String VERIFICATION = "form[action$=/pruefung]";

	@Autowired
	FundCallSection section;

	@Autowired
	ApplicationLookup applications;

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 60_000));
	}

	@Test
	void theCarrierCallsFundsThroughTheForm() {
		long id = active(this.programme, "B", "3000.00");
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page form = carrier.get("/antraege/" + id + "/mittelabruf");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text("h1")).isEqualTo("Mittel abrufen");
		assertThat(form.text("#amount-hint")).contains("Noch abrufbar: 3.000,00 €");
		assertThat(form.html().selectFirst("#amount").val()).isEmpty();
		assertThat(form.html().selectFirst("#neededOn").val()).isEqualTo("2026-03-02");
		assertThat(form.html().selectFirst("#neededOn").attr("max")).isEqualTo("2026-05-02");
		assertThat(form.text("#neededOn-hint")).contains("höchstens 2 Monate im Voraus", "spätestens am 02.05.2026");
		assertThat(form.text(".fund-calls")).contains("Bewilligt 3.000,00 €", "Noch abrufbar 3.000,00 €",
				"Es gibt noch keine Mittelabrufe.");

		PageSession.Page after = carrier.submit(form, FORM,
				Map.of("amount", "1.200,50", "neededOn", "2026-03-20", "note", "Honorare März"));

		assertThat(after.path()).isEqualTo("/antraege/" + id);
		JsonNode calls = as(CARRIER_A).get(path(id, "fund-calls")).json();
		assertThat(calls).hasSize(1);
		assertThat(calls.get(0).path("status").asText()).isEqualTo("SUBMITTED");
		assertThat(calls.get(0).path("amount").decimalValue()).isEqualByComparingTo("1200.50");
		assertThat(calls.get(0).path("neededOn").asText()).isEqualTo("2026-03-20");
		assertThat(calls.get(0).path("note").asText()).isEqualTo("Honorare März");
		JsonNode application = as(CARRIER_A).get("/api/v1/applications/" + id).json();
		assertThat(application.path("calledAmount").decimalValue()).isEqualByComparingTo("1200.50");

		PageSession.Page again = carrier.get("/antraege/" + id + "/mittelabruf");
		assertThat(again.text("#amount-hint")).contains("Noch abrufbar: 1.799,50 €");
		assertThat(again.text(".fund-calls")).contains("Abgerufen 1.200,50 €", "Ausgezahlt 0,00 €");
		assertThat(again.texts(".fund-calls tbody tr")).singleElement()
			.asString()
			.contains(calls.get(0).path("id").asText(), "02.03.2026", "1.200,50 €", "20.03.2026", "Eingegangen");
	}

	@Test
	void moreThanRemainsIsRefusedAtTheAmountFieldAndNothingIsStored() {
		long id = active(this.programme, "B", "3000.00");
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page refused = carrier.submit(carrier.get("/antraege/" + id + "/mittelabruf"), FORM,
				Map.of("amount", "3.000,01", "neededOn", "2026-03-20"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.path()).isEqualTo("/antraege/" + id + "/mittelabruf");
		assertThat(refused.fieldError("amount"))
			.isEqualTo("Der Abruf übersteigt die noch abrufbaren Mittel von 3.000,00 €.");
		assertThat(refused.text(".error-summary h2")).isEqualTo("Bitte korrigieren Sie Ihre Eingaben");
		assertThat(refused.text(".error-summary")).contains("Der Abruf übersteigt die noch abrufbaren Mittel");
		assertThat(refused.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#amount");
		assertThat(refused.html().selectFirst("#amount").val()).isEqualTo("3.000,01");
		assertThat(refused.html().selectFirst("#amount").attr("aria-describedby")).contains("amount-error");
		assertNothingCalled(id);
	}

	@Test
	void aDateBeyondTheHorizonIsRefused() {
		long id = active(this.programme, "B", "3000.00");
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page refused = carrier.submit(carrier.get("/antraege/" + id + "/mittelabruf"), FORM,
				Map.of("amount", "500", "neededOn", "2026-05-03"));

		assertThat(refused.fieldError("neededOn")).isEqualTo(
				"Mittel dürfen nur für Zahlungen abgerufen werden, die bald fällig werden: spätestens am 02.05.2026.");
		assertThat(refused.fieldError("amount")).isNull();
		assertNothingCalled(id);

		PageSession.Page accepted = carrier.submit(refused, FORM, Map.of("neededOn", "2026-05-02"));
		assertThat(accepted.path()).isEqualTo("/antraege/" + id);
		assertThat(as(CARRIER_A).get(path(id, "fund-calls")).json()).hasSize(1);
	}

	@Test
	void zeroMissingAndUnreadableAmountsAreRefusedInGerman() {
		long id = active(this.programme, "B", "3000.00");
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page form = carrier.get("/antraege/" + id + "/mittelabruf");

		assertThat(carrier.submit(form, FORM, Map.of("amount", "0")).fieldError("amount"))
			.isEqualTo("Der Betrag muss größer als 0 sein.");
		assertThat(carrier.submit(form, FORM, Map.of("amount", "")).fieldError("amount")).isEqualTo("Bitte ausfüllen.");
		assertThat(carrier.submit(form, FORM, Map.of("amount", "zwölf")).fieldError("amount"))
			.startsWith("Bitte geben Sie einen Betrag wie 1.234,56 an");
		assertNothingCalled(id);
	}

	@Test
	void anotherCarrierGetsNotFoundAndOtherRolesAreRefused() {
		long id = active(this.programme, "B", "3000.00");

		PageSession.Page foreign = signIn(CARRIER_B).get("/antraege/" + id + "/mittelabruf");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.text("h1")).isEqualTo("Seite nicht gefunden");
		assertThat(foreign.text("main")).doesNotContain("Sprachcafé");

		assertThat(signIn(REVIEWER).get("/antraege/" + id + "/mittelabruf").status()).isEqualTo(403);
	}

	@Test
	void noFundCallBeforeTheContractIsAccepted() {
		long id = approved(this.programme, "B", "3000.00");

		PageSession.Page page = signIn(CARRIER_A).get("/antraege/" + id + "/mittelabruf");

		assertThat(page.status()).isEqualTo(409);
		assertThat(page.text("main")).contains("Der Schritt „Mittelabruf“ ist im Status „Bewilligt“ nicht möglich.");
	}

	@Test
	void whenEverythingIsCalledTheFormGivesWay() {
		long id = active(this.programme, "B", "3000.00");
		expect(201, as(CARRIER_A).post(path(id, "fund-calls"), Requests.fundCall("3000.00")));

		PageSession.Page page = signIn(CARRIER_A).get("/antraege/" + id + "/mittelabruf");

		assertThat(page.text(".notice.warn")).contains("vollständig abgerufen");
		assertThat(page.html().select(FORM)).isEmpty();
	}

	@Test
	void theReviewerVerifiesAndTheCallWaitsForFinance() {
		long id = active(this.programme, "B", "3000.00");
		long fundCall = fundCall(id, "1000.00");
		PageSession reviewer = signIn(REVIEWER);

		PageSession.Page page = reviewer.get("/mittelabrufe/" + fundCall + "/pruefung");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("h1")).isEqualTo("Mittelabruf Nr. " + fundCall + " prüfen");
		assertThat(page.text("main")).contains("1.000,00 €", "Testverein A e.V.", fileNumber(id), "Anna Antrag",
				"Bewilligt 3.000,00 €");
		assertThat(page.text("fieldset legend")).isEqualTo("Ist der Mittelabruf sachlich und rechnerisch richtig?");
		assertThat(page.html().select(".fund-calls tr.current")).hasSize(1);

		PageSession.Page after = reviewer.submit(page, VERIFICATION, Map.of("correct", "true"));

		assertThat(after.path()).isEqualTo("/aufgaben");
		assertThat(fundCallStatus(id, fundCall)).isEqualTo("VERIFIED");
		PageSession.Page desk = signIn(FINANCE).get("/kasse");
		assertThat(desk.text("main")).contains(fileNumber(id));
		assertThat(desk.html().select("a[href=/mittelabrufe/" + fundCall + "/anordnung]").text())
			.isEqualTo("Prüfen und anordnen");

		PageSession.Page done = reviewer.get("/mittelabrufe/" + fundCall + "/pruefung");
		assertThat(done.html().select(VERIFICATION)).isEmpty();
		assertThat(done.text(".notice")).contains("bereits bearbeitet: Sachlich richtig", "Paula Prüfer");
	}

	@Test
	void notCorrectNeedsANote() {
		long id = active(this.programme, "B", "3000.00");
		long fundCall = fundCall(id, "1000.00");
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page page = reviewer.get("/mittelabrufe/" + fundCall + "/pruefung");

		PageSession.Page noChoice = reviewer.submit(page, VERIFICATION, Map.of());
		assertThat(noChoice.fieldError("correct"))
			.isEqualTo("Bitte wählen Sie, ob der Mittelabruf sachlich und rechnerisch richtig ist.");

		PageSession.Page refused = reviewer.submit(page, VERIFICATION, Map.of("correct", "false", "note", " "));
		assertThat(refused.fieldError("note")).isEqualTo(
				"Bitte begründen Sie im Vermerk, warum der Mittelabruf nicht sachlich und rechnerisch richtig ist.");
		assertThat(refused.text(".error-summary")).contains("Bitte begründen Sie im Vermerk");
		assertThat(refused.html().selectFirst("#correct-no").hasAttr("checked")).isTrue();
		assertThat(fundCallStatus(id, fundCall)).isEqualTo("SUBMITTED");

		reviewer.submit(refused, VERIFICATION, Map.of("note", "Rechnung fehlt."));
		assertThat(fundCallStatus(id, fundCall)).isEqualTo("NOT_CORRECT");
		assertThat(as(CARRIER_A).get("/api/v1/applications/" + id).json().path("remainingAmount").decimalValue())
			.isEqualByComparingTo("3000.00");
	}

	@Test
	void theApiRefusesNotCorrectWithoutANoteToo() {
		long id = active(this.programme, "B", "3000.00");
		long fundCall = fundCall(id, "1000.00");

		var refused = expect(400,
				as(REVIEWER).post("/api/v1/fund-calls/" + fundCall + "/verification", Map.of("correct", false)));

		assertThat(refused.fieldErrors("note")).containsExactly(
				"Bitte begründen Sie im Vermerk, warum der Mittelabruf nicht sachlich und rechnerisch richtig ist.");
	}

	@Test
	void onlyReviewersVerify() {
		long id = active(this.programme, "B", "3000.00");
		long fundCall = fundCall(id, "1000.00");

		assertThat(signIn(CARRIER_A).get("/mittelabrufe/" + fundCall + "/pruefung").status()).isEqualTo(403);
		assertThat(signIn(FINANCE).get("/mittelabrufe/" + fundCall + "/pruefung").status()).isEqualTo(403);
		assertThat(signIn(REVIEWER).get("/mittelabrufe/999999/pruefung").status()).isEqualTo(404);
	}

	@Test
	void theFormSpeaksEnglish() {
		long id = active(this.programme, "B", "3000.00");
		PageSession carrier = signIn(CARRIER_A).inEnglish();

		PageSession.Page form = carrier.get("/antraege/" + id + "/mittelabruf?lang=en");
		assertThat(form.text("h1")).isEqualTo("Call funds");
		assertThat(form.text("label[for=neededOn]")).isEqualTo("Needed on");
		assertThat(form.text("#neededOn-hint")).contains("at most 2 months ahead");

		PageSession.Page refused = carrier.submit(form, FORM, Map.of("amount", "5000", "neededOn", "2026-03-20"));
		assertThat(refused.fieldError("amount")).isEqualTo("The fund call exceeds the remaining amount of 3,000.00 €.");
	}

	@Test
	void theSectionOffersTheCallToTheCarrierAndStatementsToFinance() {
		long before = inApproval(this.programme, "B", "3000.00");
		Application undecided = this.applications.byId(before);
		assertThat(this.section.data(carrierOf(undecided), undecided)).isEmpty();

		long id = active(this.programme, "B", "3000.00");
		Application active = this.applications.byId(id);
		FundCallOverview carrierView = (FundCallOverview) this.section.data(carrierOf(active), active).orElseThrow();
		assertThat(carrierView.callPath()).isEqualTo("/antraege/" + id + "/mittelabruf");
		assertThat(carrierView.statements()).isFalse();
		assertThat(this.section.order()).isEqualTo(40);
		assertThat(this.section.template()).isEqualTo("disbursement/sections");

		long payout = paidOut(id, "3000.00");
		Application paid = this.applications.byId(id);
		assertThat(((FundCallOverview) this.section.data(carrierOf(paid), paid).orElseThrow()).callPath()).isNull();
		FundCallOverview financeView = (FundCallOverview) this.section
			.data(new Actor(FINANCE, "Karl Kasse", null, Set.of(Role.FINANCE)), paid)
			.orElseThrow();
		assertThat(financeView.callPath()).isNull();
		assertThat(financeView.statements()).isTrue();
		assertThat(financeView.money().paid().amount()).isEqualByComparingTo("3000.00");
		assertThat(financeView.fundCalls()).singleElement().satisfies((row) -> {
			assertThat(row.payoutId()).isEqualTo(payout);
			assertThat(row.verifiedBy()).isEqualTo("Paula Prüfer");
			assertThat(row.releasedBy()).isEqualTo("Karl Kasse");
		});
	}

	private static Actor carrierOf(Application application) {
		return new Actor(CARRIER_A, "Anna Antrag", application.getCarrierId(), Set.of(Role.CARRIER));
	}

	private long fundCall(long applicationId, String amount) {
		Map<String, Object> body = new HashMap<>(Requests.fundCall(amount));
		body.put("neededOn", "2026-03-16");
		body.put("note", "Honorare März");
		return expect(201, as(CARRIER_A).post(path(applicationId, "fund-calls"), body)).id();
	}

	private String fundCallStatus(long applicationId, long fundCall) {
		for (JsonNode call : as(CARRIER_A).get(path(applicationId, "fund-calls")).json()) {
			if (call.path("id").asLong() == fundCall) {
				return call.path("status").asText();
			}
		}
		throw new AssertionError("No fund call " + fundCall);
	}

	private String fileNumber(long applicationId) {
		return as(REVIEWER).get("/api/v1/applications/" + applicationId).text("fileNumber");
	}

	private void assertNothingCalled(long id) {
		assertThat(as(CARRIER_A).get(path(id, "fund-calls")).json()).isEmpty();
		assertThat(as(CARRIER_A).get("/api/v1/applications/" + id).json().path("calledAmount").decimalValue())
			.isEqualByComparingTo("0.00");
	}

}
