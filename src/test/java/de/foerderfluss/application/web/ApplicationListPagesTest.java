package de.foerderfluss.application.web;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.foerderfluss.carrier.BankAccount;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.carrier.LegalForm;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserDirectory;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.Requests;
import de.foerderfluss.testing.TestFixtures;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The carrier's dashboard and the case workers' list: every application with its next
 * step, whose turn it is and its deadline, overdue ones marked; the list filtered by
 * status, module, town and text.
 */
class ApplicationListPagesTest extends PageTest {

	/** A carrier of its own, so that its dashboard starts empty. */
	static final String NEW_CARRIER = "carrier-neu";

	@Autowired
	Carriers carriers;

	@Autowired
	UserDirectory users;

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("A", 20_000, "B", 60_000));
		if (!this.users.exists(NEW_CARRIER)) {
			Carrier carrier = this.carriers
				.save(new Carrier("Neue Initiative e.V.", LegalForm.REGISTERED_ASSOCIATION, "Am Bach 2", "59555",
						"Lippstadt", new BankAccount("DE89370400440532013000", "Neue Initiative e.V."), "Nina Neu",
						"neu@example.org", null));
			this.users.create(new UserDirectory.NewUser(NEW_CARRIER, TestFixtures.PASSWORD, "Nina Neu",
					"nina@example.org", carrier.getId(), EnumSet.of(Role.CARRIER)));
		}
	}

	@Test
	void aNewCarrierIsInvitedToApply() {
		PageSession.Page dashboard = signIn(NEW_CARRIER).get("/antraege");

		assertThat(dashboard.status()).isEqualTo(200);
		assertThat(dashboard.text("h1")).isEqualTo("Meine Anträge");
		assertThat(dashboard.text(".empty")).contains("Sie haben noch keinen Antrag gestellt",
				"wählen Sie zuerst den Baustein");
		assertThat(dashboard.html().select("a.button[href=/antraege/neu]")).isNotEmpty();
		assertThat(dashboard.html().select("table")).isEmpty();
	}

	@Test
	void theDashboardShowsWhoseTurnItIsAndWhenOverdue() {
		long submitted = submit(this.programme, "B", "1800.00");
		long approved = approved(this.programme, "B", "2400.00");
		PageSession carrier = signIn(CARRIER_A);

		PageSession.Page dashboard = carrier.get("/antraege");
		assertThat(dashboard.html().select("a.button[href=/antraege/neu]").text()).isEqualTo("Neuen Antrag stellen");
		Element waiting = row(dashboard, submitted);
		assertThat(waiting.text()).contains(fileNumber(submitted), "Sprachcafé im Stadtteil", "B", "Eingegangen",
				"Sachbearbeitung: Vollständigkeit prüfen", "16.03.2026");
		assertThat(waiting.select(".next a")).isEmpty();
		Element mine = row(dashboard, approved);
		assertThat(mine.text()).contains("Bewilligt", "Ihr Schritt: Unterzeichneten Weiterleitungsvertrag hochladen",
				"01.04.2026");
		assertThat(mine.selectFirst(".next a").attr("href")).isEqualTo("/antraege/" + approved + "/vertrag");
		assertThat(mine.hasClass("overdue")).isFalse();

		this.time.advance(Duration.ofDays(20));
		PageSession.Page later = carrier.get("/antraege");
		assertThat(row(later, submitted).hasClass("overdue")).isTrue();
		assertThat(row(later, submitted).text()).contains("16.03.2026 überfällig");
		assertThat(row(later, approved).hasClass("overdue")).isFalse();

		this.time.advance(Duration.ofDays(11));
		assertThat(row(carrier.get("/antraege"), approved).text()).contains("01.04.2026 überfällig");
	}

	@Test
	void caseWorkersSeeAllApplicationsWithTheirStepsAndFilterThem() {
		long submitted = submit(this.programme, "B", "1800.00");
		long approved = approved(this.programme, "B", "2400.00");
		Map<String, Object> inLippstadt = new HashMap<>(Requests.application(this.programme, "A", "1500.00"));
		inLippstadt.put("municipality", "Lippstadt");
		inLippstadt.put("title", "Ankommenstreffpunkt Nord");
		long moduleA = expect(201, as(CARRIER_A).post("/api/v1/applications", inLippstadt)).id();
		PageSession reviewer = signIn(REVIEWER);

		PageSession.Page all = reviewer.get("/antraege?q=" + this.programme);
		assertThat(all.text("h1")).isEqualTo("Anträge");
		assertThat(ids(all)).containsExactly(moduleA, approved, submitted);
		assertThat(all.text("caption")).isEqualTo("3 Anträge passen zum Filter, der neueste zuerst");
		Element step = row(all, submitted);
		assertThat(step.text()).contains("Testverein A e.V.", "Soest", "1.800,00 €",
				"Sachbearbeitung: Vollständigkeit prüfen", "16.03.2026");
		assertThat(step.selectFirst(".next a").attr("href")).isEqualTo("/antraege/" + submitted + "/vollstaendigkeit");
		assertThat(row(all, approved).text()).contains("Träger: Unterzeichneten Weiterleitungsvertrag hochladen");
		assertThat(row(all, approved).select(".next a")).isEmpty();

		assertThat(ids(reviewer.get("/antraege?q=" + this.programme + "&status=APPROVED"))).containsExactly(approved);
		assertThat(ids(reviewer.get("/antraege?q=" + this.programme + "&module=A"))).containsExactly(moduleA);
		assertThat(ids(reviewer.get("/antraege?q=" + this.programme + "&municipality=" + townId("Lippstadt"))))
			.containsExactly(moduleA);
		assertThat(ids(reviewer.get("/antraege?q=ankommenstreffpunkt+nord"))).contains(moduleA)
			.doesNotContain(submitted);
		assertThat(ids(reviewer.get("/antraege?q=" + fileNumber(approved)))).containsExactly(approved);
		assertThat(ids(reviewer.get("/antraege?q=testverein+a"))).contains(moduleA, approved, submitted);

		PageSession.Page filled = reviewer.get("/antraege?q=" + this.programme + "&status=APPROVED");
		assertThat(filled.html().selectFirst("#status option[selected]").val()).isEqualTo("APPROVED");
		assertThat(filled.html().selectFirst("#q").val()).isEqualTo(this.programme);
		assertThat(filled.html().select("a[href=/antraege]").text()).contains("Zurücksetzen");

		PageSession.Page none = reviewer.get("/antraege?q=gibt-es-nicht-" + this.programme);
		assertThat(none.text(".empty")).contains("Kein Antrag passt zu diesem Filter.");
		assertThat(none.html().select("table")).isEmpty();

		PageSession.Page finance = signIn(FINANCE).get("/antraege?q=" + this.programme);
		assertThat(ids(finance)).containsExactly(moduleA, approved, submitted);
		assertThat(row(finance, submitted).select(".next a")).isEmpty();
	}

	@Test
	void anUnknownStatusIsExplainedAndTheListStaysWhole() {
		submit(this.programme, "B", "1800.00");

		PageSession.Page page = signIn(REVIEWER).get("/antraege?status=GIBTESNICHT");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.fieldError("status")).isEqualTo("Dieser Wert hat nicht das erwartete Format.");
		assertThat(page.html().select("table.applications tbody tr")).isNotEmpty();
	}

	@Test
	void aCarrierSeesOnlyItsOwnApplicationsAndNoFilter() {
		long own = submit(this.programme, "B", "1800.00");

		PageSession.Page other = signIn(NEW_CARRIER).get("/antraege?q=" + this.programme);
		assertThat(other.html().select("form.filters, table")).isEmpty();

		PageSession.Page mine = signIn(CARRIER_A).get("/antraege");
		assertThat(mine.html().select("form.filters")).isEmpty();
		assertThat(ids(mine)).contains(own);
	}

	private static Element row(PageSession.Page page, long id) {
		Element row = page.html().getElementById("application-" + id);
		assertThat(row).as("row of application %d", id).isNotNull();
		return row;
	}

	private static List<Long> ids(PageSession.Page page) {
		return page.html()
			.select("table.applications tbody tr")
			.stream()
			.map((row) -> Long.valueOf(row.id().replace("application-", "")))
			.toList();
	}

	private String fileNumber(long id) {
		return as(REVIEWER).get("/api/v1/applications/" + id).text("fileNumber");
	}

	private long townId(String name) {
		return this.jdbc.queryForObject("select id from municipality where name = ?", Long.class, name);
	}

}
