package de.foerderfluss.carrier.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.carrier.LegalForm;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserDirectory;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.Requests;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static de.foerderfluss.testing.TestFixtures.ADMIN;
import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.PASSWORD;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators register carriers and keep their details and bank account up to date; a
 * changed account applies to payouts released afterwards, never to earlier ones.
 */
class CarrierPagesTest extends PageTest {

	private static final String FORM = "main form.card";

	private static final String IBAN = "DE97414500750003456789";

	private static final String NEW_IBAN = "DE45414500750004567890";

	@Autowired
	Carriers carriers;

	@Autowired
	UserDirectory users;

	@Test
	void anAdministratorRegistersACarrier() {
		String name = unique("Nachbarschaftshilfe");
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/traeger/neu");
		assertThat(form.text("h1")).isEqualTo("Träger anlegen");
		assertThat(form.texts("#legalForm option")).contains("eingetragener Verein (e. V.)", "Kirchengemeinde");

		PageSession.Page list = admin.submit(form, FORM, carrier(name, "de97 4145 0075 0003 4567 89"));

		assertThat(list.path()).isEqualTo("/verwaltung/traeger");
		assertThat(list.text("[role=status]")).startsWith("Der Träger „" + name + "“ ist angelegt.");
		Carrier stored = this.carriers.findByName(name).orElseThrow();
		assertThat(stored.getLegalForm()).isEqualTo(LegalForm.REGISTERED_ASSOCIATION);
		assertThat(stored.getStreet()).isEqualTo("Am Markt 4");
		assertThat(stored.getPostalCode()).isEqualTo("59494");
		assertThat(stored.getCity()).isEqualTo("Soest");
		assertThat(stored.getBankAccount().getIban()).isEqualTo(IBAN);
		assertThat(stored.getBankAccount().getAccountHolder()).isEqualTo(name);
		assertThat(stored.getContactName()).isEqualTo("Clara Kontakt");
		assertThat(stored.getContactEmail()).isEqualTo("clara@example.org");
		assertThat(stored.getContactPhone()).isEqualTo("02921 12345");
		assertThat(list.text("tr#carrier-" + stored.getId())).contains(name, "eingetragener Verein (e. V.)",
				"59494 Soest", "DE97 4145 0075 0003 4567 89", "Clara Kontakt", "clara@example.org", "0");
		assertThat(list.html().select("tr#carrier-" + stored.getId() + " a.add-user").attr("href"))
			.isEqualTo("/verwaltung/benutzer/neu?carrier=" + stored.getId());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from bank_account_change where carrier_id = ? and previous_iban is null",
				Integer.class, stored.getId()))
			.as("the first account is recorded")
			.isEqualTo(1);
	}

	@Test
	void postalCodeIbanNameAndAddressAreCheckedAndNothingIsStored() {
		String name = unique("Initiative");
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/traeger/neu");

		PageSession.Page postalCode = admin.submit(form, FORM, with(carrier(name, IBAN), "postalCode", "5949"));
		assertThat(postalCode.fieldError("postalCode"))
			.isEqualTo("Eine Postleitzahl hat fünf Ziffern; „5949“ hat nicht diese Form.");
		assertThat(postalCode.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#postalCode");
		assertThat(postalCode.html().selectFirst("#name").val()).isEqualTo(name);

		assertThat(admin.submit(form, FORM, carrier(name, "DE98414500750003456789")).fieldError("iban"))
			.startsWith("Die Prüfziffer passt nicht zur IBAN.");
		assertThat(admin.submit(form, FORM, carrier(name, "DE9741450075000345678")).fieldError("iban"))
			.isEqualTo("Eine IBAN mit dem Länderkennzeichen DE hat 22 Zeichen; eingegeben sind 21.");
		assertThat(admin.submit(form, FORM, carrier(name, "XX97414500750003456789")).fieldError("iban"))
			.isEqualTo("„XX“ ist kein Länderkennzeichen, mit dem eine IBAN beginnen kann.");
		PageSession.Page iban = admin.submit(form, FORM, carrier(name, "DE97 4145-0075"));
		assertThat(iban.fieldError("iban")).startsWith("Eine IBAN besteht nur aus Buchstaben und Ziffern");
		assertThat(iban.html().selectFirst("#iban").val()).isEqualTo("DE97 4145-0075");

		assertThat(admin.submit(form, FORM, carrier("Testverein A e.V.", IBAN)).fieldError("name"))
			.isEqualTo("Es gibt bereits einen Träger „Testverein A e.V.“.");
		assertThat(admin.submit(form, FORM, with(carrier(name, IBAN), "contactEmail", "clara@"))
			.fieldError("contactEmail")).isEqualTo("„clara@“ ist keine gültige E-Mail-Adresse.");
		PageSession.Page missing = admin.submit(form, FORM,
				with(with(carrier(name, IBAN), "legalForm", ""), "city", ""));
		assertThat(missing.fieldError("legalForm")).isEqualTo("Bitte ausfüllen.");
		assertThat(missing.fieldError("city")).isEqualTo("Bitte ausfüllen.");

		assertThat(this.carriers.findByName(name)).isEmpty();
	}

	@Test
	void aChangedAccountIsRecordedAndAppliesOnlyToPayoutsReleasedAfterwards() {
		String programme = this.fixtures.programme(Map.of("B", 20_000));
		String name = unique("Kulturverein");
		PageSession admin = signIn(ADMIN);
		admin.submit(admin.get("/verwaltung/traeger/neu"), FORM, carrier(name, IBAN));
		Carrier carrier = this.carriers.findByName(name).orElseThrow();
		String staff = "staff-" + carrier.getId();
		this.users.create(
				new UserDirectory.NewUser(staff, PASSWORD, "Sina Stab", null, carrier.getId(), Set.of(Role.CARRIER)));
		long application = activeCase(staff, programme);
		long firstCall = verifiedFundCall(staff, application, "400.00");
		PageSession finance = signIn(FINANCE);
		assertThat(queueRow(finance, firstCall).select(".badge-new-account")).isEmpty();
		assertThat(finance.get(releaseOrder(firstCall)).html().select("#account-changed"))
			.as("entered with the carrier: nothing to point out")
			.isEmpty();
		long earlier = released(firstCall);

		PageSession.Page form = admin.get("/verwaltung/traeger/" + carrier.getId());
		assertThat(form.text("h1")).isEqualTo(name);
		assertThat(form.html().selectFirst("#iban").val()).isEqualTo("DE97 4145 0075 0003 4567 89");
		assertThat(form.text("#account-hint")).contains("Bereits angeordnete Auszahlungen behalten das Konto");
		PageSession.Page list = admin.submit(form, FORM,
				with(with(carrier(name, "DE45 4145 0075 0004 5678 90"), "accountHolder", name + " (Konto 2)"), "street",
						"Am Markt 5"));

		assertThat(list.path()).isEqualTo("/verwaltung/traeger");
		Carrier changed = this.carriers.findById(carrier.getId()).orElseThrow();
		assertThat(changed.getBankAccount().getIban()).isEqualTo(NEW_IBAN);
		assertThat(changed.getStreet()).isEqualTo("Am Markt 5");
		assertThat(list.text("tr#carrier-" + carrier.getId())).contains("DE45 4145 0075 0004 5678 90",
				"Konto geändert am 02.03.2026 von " + ADMIN, "1");
		assertThat(this.jdbc.queryForObject("select iban from payout where id = ?", String.class, earlier))
			.as("the earlier payout keeps its account")
			.isEqualTo(IBAN);
		long secondCall = verifiedFundCall(staff, application, "300.00");
		assertThat(queueRow(finance, secondCall).text()).contains(name, "neue Bankverbindung");
		PageSession.Page order = finance.get(releaseOrder(secondCall));
		assertThat(order.text("#account-changed")).contains("Neue Bankverbindung",
				"am 02.03.2026 von Ada Admin geändert; vorher: DE97 4145 0075 0003 4567 89 (" + name + ")",
				"An das neue Konto wurde noch nichts ausgezahlt.");
		assertThat(order.text(".iban")).isEqualTo("DE45 4145 0075 0004 5678 90");
		finance.submit(order, "form[action$=/anordnung]", Map.of());
		long later = this.jdbc.queryForObject("select id from payout where fund_call_id = ?", Long.class, secondCall);
		assertThat(this.jdbc.queryForMap("select iban, payee_name from payout where id = ?", later))
			.containsValues(NEW_IBAN, name + " (Konto 2)");

		assertThat(finance.get(releaseOrder(verifiedFundCall(staff, application, "200.00")))
			.html()
			.select("#account-changed")).as("paid to once, the account is known").isEmpty();

		PageSession.Page history = admin.get("/verwaltung/traeger/" + carrier.getId());
		assertThat(history.texts("#account-history ~ .table-wrap tbody tr")).hasSize(2);
		assertThat(history.texts("#account-history ~ .table-wrap tbody tr").get(0)).contains("02.03.2026", ADMIN,
				"DE45 4145 0075 0004 5678 90", name + " (Konto 2)", "DE97 4145 0075 0003 4567 89");
		assertThat(history.texts("#account-history ~ .table-wrap tbody tr").get(1)).contains("erstmals eingetragen");
	}

	@Test
	void savingWithoutChangingTheAccountRecordsNoChange() {
		String name = unique("Sportverein");
		PageSession admin = signIn(ADMIN);
		admin.submit(admin.get("/verwaltung/traeger/neu"), FORM, carrier(name, IBAN));
		Carrier carrier = this.carriers.findByName(name).orElseThrow();

		admin.submit(admin.get("/verwaltung/traeger/" + carrier.getId()), FORM, Map.of("contactPhone", ""));

		assertThat(this.carriers.findById(carrier.getId()).orElseThrow().getContactPhone()).isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from bank_account_change where carrier_id = ?",
				Integer.class, carrier.getId()))
			.isEqualTo(1);
		assertThat(admin.get("/verwaltung/traeger").text("tr#carrier-" + carrier.getId())).doesNotContain("geändert");
	}

	@Test
	void aRefusedChangeLeavesTheCarrierAsItWas() {
		Long carrierA = this.carriers.findByName("Testverein A e.V.").orElseThrow().getId();
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/traeger/" + carrierA);

		PageSession.Page refused = admin.submit(form, FORM, Map.of("city", "Werl", "iban", "DE62414500750001234568"));

		assertThat(refused.fieldError("iban")).startsWith("Die Prüfziffer passt nicht zur IBAN.");
		assertThat(refused.html().selectFirst("#city").val()).isEqualTo("Werl");
		Carrier unchanged = this.carriers.findById(carrierA).orElseThrow();
		assertThat(unchanged.getCity()).isEqualTo("Soest");
		assertThat(unchanged.getBankAccount().getIban()).isEqualTo("DE62414500750001234567");
	}

	@Test
	void thePagesSpeakEnglish() {
		PageSession admin = signIn(ADMIN).inEnglish();
		PageSession.Page form = admin.get("/verwaltung/traeger/neu?lang=en");
		assertThat(form.text("h1")).isEqualTo("Create carrier");
		assertThat(admin.submit(form, FORM, carrier(unique("English"), "DE9741450075000345678")).fieldError("iban"))
			.isEqualTo("An IBAN with the country code DE has 22 characters; 21 were entered.");
	}

	private long activeCase(String carrierUser, String programme) {
		long id = expect(201, Api.as(this.port, carrierUser)
			.post("/api/v1/applications", Requests.application(programme, "B", "2000.00"))).id();
		expect(200, as(REVIEWER).post(path(id, "completeness"), Requests.complete()));
		expect(200, as(REVIEWER).post(path(id, "assessment"), Requests.recommendApproval("2000.00")));
		expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve("2000.00")));
		concludeContract(carrierUser, id);
		return id;
	}

	private long verifiedFundCall(String carrierUser, long application, String amount) {
		long fundCall = expect(201,
				Api.as(this.port, carrierUser).post(path(application, "fund-calls"), Requests.fundCall(amount)))
			.id();
		expect(200, as(REVIEWER).post("/api/v1/fund-calls/" + fundCall + "/verification", Requests.correct()));
		return fundCall;
	}

	private long released(long fundCall) {
		return expect(200, as(FINANCE).post("/api/v1/fund-calls/" + fundCall + "/release")).json()
			.path("payoutId")
			.asLong();
	}

	/** The fund call's row on finance's desk. */
	private static Element queueRow(PageSession finance, long fundCall) {
		Element link = finance.get("/kasse").html().selectFirst("a[href=" + releaseOrder(fundCall) + "]");
		assertThat(link).as("fund call %d waits for the release order", fundCall).isNotNull();
		return link.closest("tr");
	}

	private static String releaseOrder(long fundCall) {
		return "/mittelabrufe/" + fundCall + "/anordnung";
	}

	private static Map<String, String> carrier(String name, String iban) {
		Map<String, String> values = new HashMap<>();
		values.put("name", name);
		values.put("legalForm", "REGISTERED_ASSOCIATION");
		values.put("street", "Am Markt 4");
		values.put("postalCode", "59494");
		values.put("city", "Soest");
		values.put("iban", iban);
		values.put("accountHolder", name);
		values.put("contactName", "Clara Kontakt");
		values.put("contactEmail", "clara@example.org");
		values.put("contactPhone", "02921 12345");
		return values;
	}

	private static Map<String, String> with(Map<String, String> values, String field, String value) {
		Map<String, String> changed = new HashMap<>(values);
		changed.put(field, value);
		return changed;
	}

	private static String unique(String prefix) {
		return prefix + " " + Integer.toString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF), 36) + " e.V.";
	}

}
