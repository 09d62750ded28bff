package de.foerderfluss.application.web;

import java.time.Duration;
import java.util.Map;

import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page shows when each notice was made available and opened, from when it counts
 * as delivered and when it becomes final; case workers mark a lawsuit there, take the
 * mark back and make a notice available again, nobody else.
 */
class NoticeDeliveryPagesTest extends PageTest {

	private static final String NOTICE = "li[data-notice=rejection-notice]";

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 20_000));
	}

	private long rejected() {
		long id = inApproval(this.programme, "B", "4000.00");
		expect(200, as(APPROVER).post(path(id, "decision"),
				Map.of("approved", false, "reason", "Die Maßnahme ist bereits anderweitig finanziert.")));
		return id;
	}

	@Test
	void theCasePageShowsDeliveryAndFinalityAndCaseWorkersMarkALawsuit() {
		long id = rejected();
		PageSession carrier = signIn(CARRIER_A);
		PageSession.Page before = carrier.get("/antraege/" + id);
		assertThat(before.text(NOTICE + " .provided")).isEqualTo("02.03.2026, 09:00 Uhr");
		assertThat(before.text(NOTICE + " .retrieved")).isEqualTo("noch nicht");
		assertThat(before.text(NOTICE + " .delivered")).contains("abrufbar bis 12.03.2026");
		assertThat(before.html().select(NOTICE + " form")).isEmpty();

		this.time.advance(Duration.ofHours(1));
		carrier.download(path(id, "documents/rejection-notice"));
		PageSession.Page delivered = carrier.get("/antraege/" + id);
		assertThat(delivered.text(NOTICE + " .retrieved")).isEqualTo("02.03.2026, 10:00 Uhr von Anna Antrag");
		assertThat(delivered.text(NOTICE + " .delivered")).isEqualTo("bekannt gegeben am 03.03.2026");
		assertThat(delivered.text(NOTICE + " .finality"))
			.isEqualTo("Klagefrist bis 07.04.2026; bestandskräftig ab 08.04.2026");
		assertThat(signIn(FINANCE).get("/antraege/" + id).html().select(NOTICE + " form")).isEmpty();

		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page page = reviewer.get("/antraege/" + id);
		PageSession.Page refused = reviewer.submit(page, NOTICE + " form.lawsuit", Map.of("filedOn", "2026-03-05"));
		assertThat(refused.text("[role=alert]")).contains("nicht in der Zukunft");
		assertThat(refused.text(NOTICE + " .finality")).startsWith("Klagefrist bis");

		PageSession.Page marked = reviewer.submit(refused, NOTICE + " form.lawsuit", Map.of("filedOn", "2026-03-02"));
		assertThat(marked.path()).isEqualTo("/antraege/" + id);
		assertThat(marked.text(NOTICE + " .finality")).isEqualTo("nicht bestandskräftig: Klage erhoben am 02.03.2026");
		assertThat(marked.text()).contains("Klage vermerkt");

		PageSession.Page cleared = reviewer.submit(marked, NOTICE + " form.lawsuit", Map.of());
		assertThat(cleared.text(NOTICE + " .finality")).startsWith("Klagefrist bis 07.04.2026");
		assertThat(signIn(CARRIER_A).send("POST", "/antraege/" + id + "/bescheide/klage").status()).isEqualTo(403);
	}

	@Test
	void aNoticeNotOpenedInTimeIsMarkedAndMadeAvailableAgain() {
		long id = rejected();
		this.time.advance(Duration.ofDays(11));
		PageSession reviewer = signIn(REVIEWER);
		PageSession.Page page = reviewer.get("/antraege/" + id);
		assertThat(page.text(NOTICE + " .delivered"))
			.isEqualTo("nicht bekannt gegeben: bis 12.03.2026 nicht abgerufen (§ 41 Abs. 2a VwVfG NRW)");

		PageSession.Page again = reviewer.submit(page, NOTICE + " form.provide", Map.of());
		assertThat(again.text(".notice[role=status]")).contains("erneut bereitgestellt");
		assertThat(again.text(NOTICE + " .delivered")).contains("abrufbar bis 23.03.2026");
		assertThat(again.html().select(NOTICE + " form.provide")).isEmpty();
	}

}
