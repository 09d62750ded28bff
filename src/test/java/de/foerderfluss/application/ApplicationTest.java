package de.foerderfluss.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.application.events.ApplicationLapsed;
import de.foerderfluss.audit.CaseHistoryEvent;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.StepNotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ApplicationTest {

	static Application submitted(String... amounts) {
		List<CostItem> items = java.util.Arrays.stream(amounts)
			.map((amount) -> new CostItem(CostCategory.FEES, "Honorare", Money.of(amount)))
			.toList();
		return new Application("KA-2026-0001", 1L, 2L, 3L, 4L, "Sprachcafé", "Wöchentlich", LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 12, 31), null, items,
				FinancingPlan.Sources.grantOnly(Money.sum(items.stream().map(CostItem::getAmount))),
				StartOfMeasure.NOT_STARTED);
	}

	static Application approved(String amount) {
		Application application = submitted(amount);
		application.confirmComplete();
		application.recordEligibility(true, Money.of("12000"), false, null);
		application.recordAssessment(Money.of(amount), "APPROVE");
		application.approve(Money.of(amount));
		return application;
	}

	static Application active(String amount) {
		Application application = approved(amount);
		application.receiveSignedContract(Instant.parse("2026-03-09T08:00:00Z"));
		application.confirmSignedContract(true, null, Instant.parse("2026-03-10T08:00:00Z"), "pruefer");
		return application;
	}

	/** What the aggregate recorded and a save would publish. */
	static List<Object> recordedEvents(Application application) {
		return List.copyOf(ReflectionTestUtils.<java.util.Collection<Object>>invokeMethod(application, "domainEvents"));
	}

	@Test
	void requestedAmountIsTheSumOfTheCostPlan() {
		assertThat(submitted("1200.00", "300.50").getRequestedAmount()).isEqualTo(Money.of("1500.50"));
	}

	@Test
	void runsThroughTheLifecycleAndAuditsEveryChangeOfStatus() {
		Application application = active("4000.00");
		application.submitProof(false);
		application.closeAfterAudit("vollständig belegt");

		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.CLOSED);
		List<String> changes = recordedEvents(application).stream()
			.map((event) -> ((CaseHistoryEvent) event).statusChange())
			.filter((change) -> change.after() != null)
			.map((change) -> change.before() + "->" + change.after())
			.toList();
		assertThat(changes).containsExactly("SUBMITTED->IN_REVIEW", "IN_REVIEW->IN_APPROVAL", "IN_APPROVAL->APPROVED",
				"APPROVED->ACTIVE", "ACTIVE->PROOF_IN_AUDIT", "PROOF_IN_AUDIT->CLOSED");
	}

	@Test
	void refusesAStepThatIsNotOpen() {
		Application application = submitted("1000.00");
		assertThatExceptionOfType(StepNotAllowedException.class)
			.isThrownBy(() -> application.receiveSignedContract(Instant.now()));
		assertThatExceptionOfType(StepNotAllowedException.class).isThrownBy(() -> application.submitProof(false));
		assertThatExceptionOfType(StepNotAllowedException.class)
			.isThrownBy(() -> application.requireFunded("step.fund-call"));
		assertThatExceptionOfType(StepNotAllowedException.class).isThrownBy(() -> application.repaid(Money.of("1.00")));
		assertThatExceptionOfType(StepNotAllowedException.class).isThrownBy(application::closeInterestSettled);
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void anIneligibleApplicationIsRejectedWithTheRuleReason() {
		Application application = submitted("100.00");
		application.confirmComplete();
		application.recordEligibility(false, Money.ZERO, false, "unter der Bagatellgrenze");
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(application.getRejectionReason()).isEqualTo("unter der Bagatellgrenze");
	}

	@Test
	void grantsAtMostWhatWasAskedForCappedByTheRules() {
		Application application = submitted("3200.00");
		application.confirmComplete();
		application.recordEligibility(true, Money.of("2000.00"), true, "Pauschale");
		assertThat(application.grantableMaximum()).isEqualTo(Money.of("2000.00"));
		Application small = submitted("800.00");
		small.confirmComplete();
		small.recordEligibility(true, Money.of("2000.00"), true, "Pauschale");
		assertThat(small.grantableMaximum()).isEqualTo(Money.of("800.00"));
	}

	@Test
	void theProofWaitsForOpenFundCalls() {
		Application application = active("1000.00");
		assertThatExceptionOfType(StepNotAllowedException.class).isThrownBy(() -> application.submitProof(true))
			.satisfies((ex) -> assertThat(ex.messageCode()).isEqualTo("error.proof.open-fund-calls"));
		application.submitProof(false);
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.PROOF_IN_AUDIT);
	}

	@Test
	void lessRecognisedThanPaidIsHeardThenReclaimedThenBearsInterestAndClosesWhenTheInterestIsSettled() {
		Application application = active("5000.00");
		application.submitProof(false);
		assertThatExceptionOfType(StepNotAllowedException.class)
			.isThrownBy(() -> application.reclaimAfterHearing("ohne Anhörung"));
		application.openHearing("Belege fehlen");
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.HEARING);
		assertThatExceptionOfType(StepNotAllowedException.class).isThrownBy(application::requireAuditOpen);
		application.reclaimAfterHearing("Belege fehlen auch nach der Anhörung");
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REPAYMENT_DUE);
		application.repaid(Money.of("800.00"));
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.INTEREST_DUE);
		assertThatExceptionOfType(StepNotAllowedException.class).isThrownBy(application::requireRepaymentDue);
		application.closeInterestSettled();
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.CLOSED);
	}

	@Test
	void aClawbackDroppedAfterTheHearingClosesTheCase() {
		Application application = active("5000.00");
		application.submitProof(false);
		application.openHearing("Belege fehlen");
		application.closeAfterHearing("Belege nachgereicht");
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.CLOSED);
	}

	@Test
	void canBeWithdrawnOnlyBeforeTheFirstPayout() {
		Application early = submitted("1000.00");
		early.withdraw("nicht mehr nötig", false);
		assertThat(early.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);

		Application paid = active("1000.00");
		assertThatExceptionOfType(StepNotAllowedException.class).isThrownBy(() -> paid.withdraw(null, true));
		assertThat(paid.getStatus()).isEqualTo(ApplicationStatus.ACTIVE);
	}

	@Test
	void lapsesOnlyWhileWaitingForTheCarrier() {
		Application incomplete = submitted("1000.00");
		incomplete.requestDocuments("Kostenvoranschlag");
		incomplete.lapse(ApplicationLapsed.Cause.DOCUMENTS_MISSING);
		assertThat(incomplete.getStatus()).isEqualTo(ApplicationStatus.LAPSED);

		Application active = active("1000.00");
		assertThatExceptionOfType(StepNotAllowedException.class)
			.isThrownBy(() -> active.lapse(ApplicationLapsed.Cause.CONTRACT_NOT_ACCEPTED));
	}

	@Test
	void theProofBecomesDueAndOverdueInEitherOrderOfTheTimers() {
		Application overdueFirst = active("1000.00");
		overdueFirst.markProofOverdue();
		overdueFirst.markProofDue();
		assertThat(overdueFirst.getStatus()).isEqualTo(ApplicationStatus.PROOF_DUE);
		assertThat(overdueFirst.isProofOverdue()).isTrue();
	}

}
