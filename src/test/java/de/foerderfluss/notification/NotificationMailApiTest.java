package de.foerderfluss.notification;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.Requests;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The mails a case sets off, as an SMTP server receives them: the carrier's contact and
 * users, or the KI team, hear of each step in German, with the file number and a link to
 * the case.
 */
class NotificationMailApiTest extends ApiTest {

	static final String KI_TEAM = "ki-team@musterstadt.example";

	static final List<String> CARRIER = List.of("kontakt@example.org", "carrier-a@example.org");

	@RegisterExtension
	static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private OutboxSender sender;

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 40_000));
	}

	@Test
	void fromTheRequestForDocumentsToTheClawback() {
		Api carrier = as(CARRIER_A);
		Api reviewer = as(REVIEWER);
		long id = submit(this.programme, "B", "3000.00", "2000.00");
		String fileNumber = fileNumber(id);
		assertThat(delivered(fileNumber)).as("nothing to say on submission").isEmpty();

		expect(200, reviewer.post(path(id, "completeness"),
				Map.of("complete", false, "missing", "Kostenvoranschlag für die Honorare")));
		List<Mail> request = delivered(fileNumber);
		assertThat(request).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(CARRIER);
		Mail first = request.get(0);
		assertThat(first.from()).isEqualTo("foerderfluss@localhost");
		assertThat(first.subject()).isEqualTo("Nachforderung von Unterlagen – Aktenzeichen " + fileNumber);
		assertThat(first.body()).startsWith("Sehr geehrte Damen und Herren,")
			.contains("„Sprachcafé im Stadtteil“ (Aktenzeichen " + fileNumber + ")")
			.contains("Bitte reichen Sie Folgendes nach:\n\nKostenvoranschlag für die Honorare\n")
			.contains("bis zum 29.03.2026")
			.contains("Zum Antrag: http://localhost:8080/antraege/" + id + "\n")
			.contains("Ihr Kommunales Integrationszentrum\nKreis Musterstadt");
		assertThat(request.get(1).body()).isEqualTo(first.body());

		expect(200, carrier.post(path(id, "resubmission"), Map.of("note", "Kostenvoranschlag anbei")));
		Mail resubmitted = single(delivered(fileNumber));
		assertThat(resubmitted.to()).isEqualTo(KI_TEAM);
		assertThat(resubmitted.subject()).isEqualTo("Unterlagen nachgereicht – Aktenzeichen " + fileNumber);
		assertThat(resubmitted.body()).contains("der Träger „Testverein A e.V.“ hat zum Antrag")
			.contains("Kostenvoranschlag anbei")
			.contains("http://localhost:8080/antraege/" + id);

		expect(200, reviewer.post(path(id, "completeness"), Requests.complete()));
		expect(200, reviewer.post(path(id, "assessment"), Requests.recommendApproval("5000.00")));
		assertThat(delivered(fileNumber)).isEmpty();
		expect(200, as(APPROVER).post(path(id, "decision"), Requests.approve("5000.00")));
		List<Mail> approval = delivered(fileNumber);
		assertThat(approval).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(CARRIER);
		assertThat(approval.get(0).subject())
			.isEqualTo("Bewilligung Ihres Antrags: Weiterleitungsvertrag – Aktenzeichen " + fileNumber);
		assertThat(approval.get(0).body()).contains("bewilligt wurde. Die Zuwendung beträgt 5.000,00 €.")
			.contains("unterzeichnete Ausfertigung bis zum 01.04.2026 dort hoch");

		concludeContract(id);
		Mail signedCopy = single(delivered(fileNumber));
		assertThat(signedCopy.to()).isEqualTo(KI_TEAM);
		assertThat(signedCopy.subject())
			.isEqualTo("Unterzeichneter Weiterleitungsvertrag eingegangen – Aktenzeichen " + fileNumber);
		assertThat(signedCopy.body()).contains("bestätigen Sie den Eingang");
		long fundCall = expect(201, carrier.post(path(id, "fund-calls"), Requests.fundCall("3000.00"))).id();
		Mail called = single(delivered(fileNumber));
		assertThat(called.to()).isEqualTo(KI_TEAM);
		assertThat(called.subject()).isEqualTo("Mittelabruf zur sachlichen Prüfung – Aktenzeichen " + fileNumber);
		assertThat(called.body()).contains("Mittel abgerufen: 3.000,00 €, benötigt zum 02.03.2026.");
		expect(200, reviewer.post("/api/v1/fund-calls/" + fundCall + "/verification", Requests.correct()));
		expect(200, as(FINANCE).post("/api/v1/fund-calls/" + fundCall + "/release"));
		List<Mail> payout = delivered(fileNumber);
		assertThat(payout).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(CARRIER);
		assertThat(payout.get(0).subject()).isEqualTo("Auszahlung angeordnet – Aktenzeichen " + fileNumber);
		assertThat(payout.get(0).body()).contains("eine Auszahlung über 3.000,00 € angeordnet")
			.contains("insgesamt 3.000,00 € der bewilligten 5.000,00 €");

		JsonNode costItems = expect(200, carrier.get("/api/v1/applications/" + id)).json().path("costItems");
		expect(201, carrier.post(path(id, "proof-of-use"), Map.of("spentAmount", amount("2600.00"), "report",
				"Zehn Treffen mit 150 Teilnahmen.", "confirmed", true, "costItems",
				List.of(Map.of("costItemId", costItems.get(0).path("id").asLong(), "amount", amount("1600.00")),
						Map.of("costItemId", costItems.get(1).path("id").asLong(), "amount", amount("1000.00"))))));
		Mail proof = single(delivered(fileNumber));
		assertThat(proof.to()).isEqualTo(KI_TEAM);
		assertThat(proof.subject()).isEqualTo("Verwendungsnachweis eingegangen – Aktenzeichen " + fileNumber);

		expect(200, reviewer.post(path(id, "proof-of-use/audit"), Map.of("accepted", true, "recognisedAmount",
				amount("2600.00"), "note", "400,00 € wurden nicht ausgegeben.")));
		List<Mail> hearing = delivered(fileNumber);
		assertThat(hearing).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(CARRIER);
		assertThat(hearing.get(0).subject())
			.isEqualTo("Anhörung zu Ihrem Verwendungsnachweis – Aktenzeichen " + fileNumber);
		assertThat(hearing.get(0).body()).contains("bis zum 16.03.2026").contains("Zur Anhörung Stellung nehmen");
		answerHearing(id, "Einverstanden.");
		decideAfterHearing(id, "400.00", "Die Mittel wurden nicht verbraucht.");
		List<Mail> clawback = delivered(fileNumber);
		assertThat(clawback).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(CARRIER);
		assertThat(clawback.get(0).subject()).isEqualTo("Rückforderung von Fördermitteln – Aktenzeichen " + fileNumber);
		assertThat(clawback.get(0).body()).contains("Von den ausgezahlten 3.000,00 € erkennen wir 2.600,00 €")
			.contains("Den Differenzbetrag von 400,00 € fordern wir")
			.contains("IBAN: DE95 4145 0075 0005 6789 01")
			.contains("Verwendungszweck: Aktenzeichen " + fileNumber);
	}

	@Test
	void aRejectionGivesTheReason() {
		long id = inApproval(this.programme, "B", "2500.00");
		String fileNumber = fileNumber(id);
		expect(200, as(APPROVER).post(path(id, "decision"),
				Map.of("approved", false, "reason", "Die Maßnahme ist bereits anderweitig finanziert.")));
		List<Mail> rejection = delivered(fileNumber);
		assertThat(rejection).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(CARRIER);
		assertThat(rejection.get(0).subject()).isEqualTo("Ablehnung Ihres Antrags – Aktenzeichen " + fileNumber);
		assertThat(rejection.get(0).body()).contains("leider nicht bewilligen")
			.contains("Die Maßnahme ist bereits anderweitig finanziert.")
			.contains("Ablehnungsbescheid");
	}

	@Test
	void missingDocumentsAreRemindedOfAndTheApplicationLapses() {
		long id = submit(this.programme, "B", "1500.00");
		String fileNumber = fileNumber(id);
		expect(200, as(REVIEWER).post(path(id, "completeness"),
				Map.of("complete", false, "missing", "Satzung des Vereins")));
		assertThat(delivered(fileNumber)).hasSize(2);

		this.time.advance(Duration.ofDays(14).plusMinutes(1));
		assertThat(this.time.fireDueTimers(id)).containsExactly("Timer_DocumentsReminder");
		List<Mail> reminder = delivered(fileNumber);
		assertThat(reminder).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(CARRIER);
		assertThat(reminder.get(0).subject())
			.isEqualTo("Erinnerung an fehlende Unterlagen – Aktenzeichen " + fileNumber);
		assertThat(reminder.get(0).body()).contains("Es fehlen weiterhin:\n\nSatzung des Vereins\n")
			.contains("bis zum 29.03.2026 nach");

		this.time.advance(Duration.ofDays(14));
		assertThat(this.time.fireDueTimers(id)).containsExactly("Timer_DocumentsLapse");
		List<Mail> lapse = delivered(fileNumber);
		assertThat(lapse).extracting(Mail::subject)
			.containsOnly("Ihr Antrag ist verfallen – Aktenzeichen " + fileNumber);
		assertThat(lapse).hasSize(2);
	}

	@Test
	void anUnacceptedContractIsWarnedOfAndLapses() {
		long id = approved(this.programme, "B", "6000.00");
		String fileNumber = fileNumber(id);
		assertThat(delivered(fileNumber)).extracting(Mail::subject)
			.containsOnly("Bewilligung Ihres Antrags: Weiterleitungsvertrag – Aktenzeichen " + fileNumber);

		this.time.advance(Duration.ofDays(23).plusMinutes(1));
		assertThat(this.time.fireDueTimers(id)).containsExactly("Timer_ContractLapseWarning");
		List<Mail> warning = delivered(fileNumber);
		assertThat(warning).extracting(Mail::subject)
			.containsOnly("Bitte senden Sie den unterzeichneten Weiterleitungsvertrag – Aktenzeichen " + fileNumber);
		assertThat(warning.get(0).body()).contains("über 6.000,00 € bewilligt")
			.contains("bis zum 01.04.2026 in Förderfluss hoch");

		this.time.advance(Duration.ofDays(7));
		assertThat(this.time.fireDueTimers(id)).as("the offer holds through its last day, 01.04.2026").isEmpty();
		this.time.advance(Duration.ofDays(1));
		assertThat(this.time.fireDueTimers(id)).containsExactly("Timer_ContractLapse");
		assertThat(delivered(fileNumber)).extracting(Mail::subject)
			.containsOnly("Das Angebot des Weiterleitungsvertrags ist erloschen – Aktenzeichen " + fileNumber);
	}

	@Test
	void theProofOfUseIsDueRemindedAndOverdue() {
		long id = active(this.programme, "B", "1000.00");
		String fileNumber = fileNumber(id);
		delivered(fileNumber);

		// The measure of the test request ends on 31 October 2026.
		this.time.advance(Duration.ofDays(244));
		assertThat(this.time.fireDueTimers(id)).containsExactly("Timer_MeasureEnded");
		List<Mail> due = delivered(fileNumber);
		assertThat(due).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(CARRIER);
		assertThat(due.get(0).subject()).isEqualTo("Verwendungsnachweis fällig – Aktenzeichen " + fileNumber);
		assertThat(due.get(0).body()).contains("endete laut Antrag am 31.10.2026").contains("bis zum 31.12.2026");

		this.time.advance(Duration.ofDays(61));
		assertThat(this.time.fireDueTimers(id)).containsExactly("Timer_ProofReminder", "Timer_ProofOverdue");
		List<Mail> later = delivered(fileNumber);
		assertThat(later).extracting(Mail::to, Mail::subject)
			.containsExactlyInAnyOrder(
					tuple(CARRIER.get(0), "Erinnerung an den Verwendungsnachweis – Aktenzeichen " + fileNumber),
					tuple(CARRIER.get(1), "Erinnerung an den Verwendungsnachweis – Aktenzeichen " + fileNumber),
					tuple(CARRIER.get(0), "Verwendungsnachweis überfällig – Aktenzeichen " + fileNumber),
					tuple(CARRIER.get(1), "Verwendungsnachweis überfällig – Aktenzeichen " + fileNumber),
					tuple(KI_TEAM, "Verwendungsnachweis überfällig – Aktenzeichen " + fileNumber));
	}

	private String fileNumber(long id) {
		return expect(200, as(REVIEWER).get("/api/v1/applications/" + id)).text("fileNumber");
	}

	/**
	 * Runs the outbox and answers the mails about the case that arrived, then empties the
	 * server. Mails of other tests in the shared database may go out too.
	 */
	private List<Mail> delivered(String fileNumber) {
		this.sender.sendDue();
		List<Mail> mails = new ArrayList<>();
		for (MimeMessage message : mailServer.getReceivedMessages()) {
			Mail mail = Mail.of(message);
			if (mail.subject().contains(fileNumber)) {
				mails.add(mail);
			}
		}
		try {
			mailServer.purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
		return mails;
	}

	private static Mail single(List<Mail> mails) {
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	record Mail(String from, String to, String subject, String body) {

		static Mail of(MimeMessage message) {
			try {
				return new Mail(((InternetAddress) message.getFrom()[0]).getAddress(),
						((InternetAddress) message.getAllRecipients()[0]).getAddress(), message.getSubject(),
						((String) message.getContent()).replace("\r\n", "\n"));
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
