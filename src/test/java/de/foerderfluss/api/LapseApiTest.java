package de.foerderfluss.api;

import java.time.Duration;
import java.util.Map;

import de.foerderfluss.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines on the controlled clock: the timers fire as they would on the running system.
 */
class LapseApiTest extends ApiTest {

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 20_000));
	}

	@Test
	void anApplicationWithoutTheRequestedDocumentsIsRemindedAndLapses() {
		long id = submit(this.programme, "B", "1500.00");
		expect(200, as(REVIEWER).post(path(id, "completeness"),
				Map.of("complete", false, "missing", "Satzung des Vereins")));

		this.time.advance(Duration.ofDays(13));
		assertThat(this.time.fireDueTimers(id)).isEmpty();
		this.time.advance(Duration.ofDays(1).plusMinutes(1));
		assertThat(this.time.fireDueTimers(id)).containsExactly("Timer_DocumentsReminder");
		assertThat(status(id)).isEqualTo("INCOMPLETE");

		this.time.advance(Duration.ofDays(14));
		assertThat(this.time.fireDueTimers(id)).containsExactly("Timer_DocumentsLapse");
		assertThat(status(id)).isEqualTo("LAPSED");
		assertThat(history(id)).contains("REMINDER_SENT", "LAPSED_DOCUMENTS_MISSING");
		expect(409, as(CARRIER_A).post(path(id, "resubmission")));
	}

	@Test
	void anUnacceptedContractLapsesAndTheBudgetGoesBack() {
		long id = approved(this.programme, "B", "6000.00");
		assertThat(moduleFigure(this.programme, "B", "committed")).isEqualByComparingTo("6000.00");

		this.time.advance(Duration.ofDays(23).plusMinutes(1));
		assertThat(this.time.fireDueTimers(id)).containsExactly("Timer_ContractLapseWarning");
		// The offer runs through its last day, 01.04.2026, and lapses after it.
		this.time.advance(Duration.ofDays(7));
		assertThat(this.time.fireDueTimers(id)).isEmpty();
		assertThat(status(id)).isEqualTo("APPROVED");
		this.time.advance(Duration.ofHours(15));
		assertThat(this.time.fireDueTimers(id)).containsExactly("Timer_ContractLapse");
		expect(200, as(CARRIER_A).get(path(id, "documents/contract-lapse-notice")));

		assertThat(status(id)).isEqualTo("LAPSED");
		assertThat(moduleFigure(this.programme, "B", "committed")).isEqualByComparingTo("0.00");
		assertThat(moduleFigure(this.programme, "B", "available")).isEqualByComparingTo("20000.00");
		expect(409, signedContract(CARRIER_A, id));
	}

	@Test
	void theProofOfUseBecomesDueAfterTheMeasureAndOverdueTwoMonthsLater() {
		long id = active(this.programme, "B", "1000.00");
		// The measure of the test request ends on 31 October 2026.
		this.time.advance(Duration.ofDays(244));
		assertThat(this.time.fireDueTimers(id)).containsExactly("Timer_MeasureEnded");
		assertThat(status(id)).isEqualTo("PROOF_DUE");

		this.time.advance(Duration.ofDays(61));
		assertThat(this.time.fireDueTimers(id)).containsExactly("Timer_ProofReminder", "Timer_ProofOverdue");
		assertThat(expect(200, as(REVIEWER).get("/api/v1/applications/" + id)).json().path("proofOverdue").asBoolean())
			.isTrue();
	}

	private java.util.List<String> history(long id) {
		return expect(200, as(REVIEWER).get("/api/v1/applications/" + id)).json()
			.path("history")
			.findValuesAsText("action");
	}

}
