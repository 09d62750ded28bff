package de.foerderfluss.notification;

import java.util.Map;

import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators see in the outbox which mails went out, which wait and why, and send a
 * failed one again.
 */
class OutboxPageTest extends PageTest {

	@Autowired
	private OutboxSender sender;

	@Test
	void aMailThatCouldNotBeSentIsVisibleWithItsErrorAndCanBeSentAgain() {
		String programme = this.fixtures.programme(Map.of("B", 20_000));
		long id = submit(programme, "B", "1500.00");
		expect(200, as(TestFixtures.REVIEWER).post(path(id, "completeness"),
				Map.of("complete", false, "missing", "Satzung des Vereins")));
		String fileNumber = as(TestFixtures.REVIEWER).get("/api/v1/applications/" + id).text("fileNumber");
		// No mail server listens in this test: the attempt fails and is recorded.
		this.sender.sendDue();

		PageSession admin = signIn(TestFixtures.ADMIN);
		PageSession.Page outbox = admin.get("/verwaltung/postausgang?offen=true");
		assertThat(outbox.status()).isEqualTo(200);
		assertThat(outbox.text("h1")).isEqualTo("Postausgang");
		var rows = outbox.html()
			.select("tbody tr")
			.stream()
			.filter((tr) -> tr.text().contains("Nachforderung von Unterlagen – Aktenzeichen " + fileNumber))
			.toList();
		assertThat(rows).extracting((tr) -> tr.select("td").get(2).text())
			.containsExactlyInAnyOrder("kontakt@example.org", "carrier-a@example.org");
		var row = rows.get(0);
		assertThat(row.text()).contains("Wartet", "nächster Versuch am", "Couldn't connect to host");
		assertThat(row.select("td").get(4).text()).isEqualTo("1");
		assertThat(row.select(".hint").text()).isNotBlank();

		PageSession.Page retried = admin.submit(outbox, "tbody tr:contains(" + fileNumber + ") form", Map.of());
		assertThat(retried.path()).isEqualTo("/verwaltung/postausgang?offen=true");
		assertThat(retried.text("[role=status]")).contains("wird beim nächsten Lauf des Postausgangs gesendet");

		PageSession.Page mail = admin.get(row.selectFirst("a").attr("href"));
		assertThat(mail.text("h1")).isEqualTo("Nachforderung von Unterlagen – Aktenzeichen " + fileNumber);
		assertThat(mail.text("pre")).contains("Satzung des Vereins", fileNumber);
	}

	@Test
	void onlyAdministratorsSeeTheOutbox() {
		PageSession.Page refused = signIn(TestFixtures.REVIEWER).get("/verwaltung/postausgang");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(signIn(TestFixtures.CARRIER_A).get("/verwaltung/postausgang/1").status()).isEqualTo(403);
	}

	@Test
	void theOutboxSpeaksEnglishOnRequest() {
		PageSession.Page outbox = signIn(TestFixtures.ADMIN).inEnglish().get("/verwaltung/postausgang");
		assertThat(outbox.text("h1")).isEqualTo("Mail outbox");
	}

}
