package de.foerderfluss.notification;

import java.time.LocalDate;
import java.util.Map;

import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.events.ApplicationLapsed;
import de.foerderfluss.application.events.DocumentsRequested;
import de.foerderfluss.application.events.DocumentsResubmitted;
import de.foerderfluss.application.events.ProofDue;
import de.foerderfluss.application.events.ProofOverdue;
import de.foerderfluss.application.events.ProofSubmitted;
import de.foerderfluss.application.events.ReminderSent;
import de.foerderfluss.audit.StatusChange;
import de.foerderfluss.disbursement.events.FundCallSubmitted;
import de.foerderfluss.disbursement.events.PayoutReleased;
import de.foerderfluss.reporting.events.NoticeIssued;
import de.foerderfluss.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/** Which step of a case sets off which mail, with the facts the step brought. */
class CaseNotificationsTest {

	private static final StatusChange CHANGE = new StatusChange("SUBMITTED", "INCOMPLETE");

	private final CaseMails mails = mock(CaseMails.class);

	private final CaseNotifications notifications = new CaseNotifications(this.mails);

	@Test
	void aRequestForDocumentsTellsTheCarrierWhatIsMissing() {
		this.notifications.on(new DocumentsRequested(42L, CHANGE, "  Satzung des Vereins "));
		verify(this.mails).queue(42L, NotificationKind.DOCUMENTS_REQUESTED, Map.of("missing", "Satzung des Vereins"));
	}

	@Test
	void resubmittedDocumentsGoToTheCaseWorkersWithTheCarriersNote() {
		this.notifications.on(new DocumentsResubmitted(42L, CHANGE, "Kostenvoranschlag anbei"));
		verify(this.mails).queue(42L, NotificationKind.DOCUMENTS_RESUBMITTED,
				Map.of("note", "Kostenvoranschlag anbei"));
		assertThat(NotificationKind.DOCUMENTS_RESUBMITTED.audience()).isEqualTo(NotificationKind.Audience.KI_TEAM);
	}

	@ParameterizedTest
	@CsvSource({ "DOCUMENTS, DOCUMENTS_REMINDER", "CONTRACT_LAPSE_WARNING, CONTRACT_LAPSE_WARNING",
			"PROOF_OF_USE, PROOF_REMINDER", "REPAYMENT, REPAYMENT_REMINDER" })
	void eachReminderHasItsMail(ReminderSent.Kind reminder, NotificationKind expected) {
		this.notifications.on(new ReminderSent(42L, reminder));
		verify(this.mails).queue(42L, expected, Map.of());
	}

	@ParameterizedTest
	@CsvSource({ "APPROVAL_NOTICE, APPROVED", "FORWARDING_CONTRACT, CONTRACT_OFFERED", "REJECTION_NOTICE, REJECTED",
			"CLAWBACK_NOTICE, CLAWBACK", "CONTRACT_LAPSE_NOTICE, LAPSED_CONTRACT_NOT_ACCEPTED" })
	void aDecisionIsAnnouncedWhenItsNoticeIsIssued(DocumentKind notice, NotificationKind expected) {
		this.notifications.on(new NoticeIssued(42L, notice));
		verify(this.mails).queue(42L, expected, Map.of());
	}

	@Test
	void aLapseTellsTheCarrierWhyAndALapsedContractOfferWithItsLetter() {
		this.notifications.on(new ApplicationLapsed(42L, CHANGE, ApplicationLapsed.Cause.DOCUMENTS_MISSING));
		verify(this.mails).queue(42L, NotificationKind.LAPSED_DOCUMENTS_MISSING, Map.of());
		this.notifications.on(new ApplicationLapsed(43L, CHANGE, ApplicationLapsed.Cause.CONTRACT_NOT_ACCEPTED));
		org.mockito.Mockito.verifyNoMoreInteractions(this.mails);
	}

	@Test
	void moneyMailsSayHowMuchAndWhen() {
		this.notifications.on(new FundCallSubmitted(3L, 42L, Money.of("500.00"), LocalDate.of(2026, 4, 1)));
		verify(this.mails).queue(42L, NotificationKind.FUND_CALL_SUBMITTED,
				Map.of("fundCallAmount", "500,00 €", "neededOn", "01.04.2026"));
		this.notifications.on(new PayoutReleased(7L, 3L, 42L, Money.of("500.00"), Money.of("3500.00")));
		verify(this.mails).queue(42L, NotificationKind.PAYOUT_RELEASED,
				Map.of("payoutAmount", "500,00 €", "paidAmount", "3.500,00 €"));
	}

	@Test
	void theProofOfUseIsAnnouncedWhenDueAndSubmittedAndAnOverdueOneConcernsBothSides() {
		this.notifications.on(new ProofDue(42L, CHANGE));
		this.notifications.on(new ProofSubmitted(42L, CHANGE));
		this.notifications.on(new ProofOverdue(42L));
		verify(this.mails).queue(42L, NotificationKind.PROOF_DUE, Map.of());
		verify(this.mails).queue(42L, NotificationKind.PROOF_SUBMITTED, Map.of());
		verify(this.mails).queue(42L, NotificationKind.PROOF_OVERDUE, Map.of());
		verify(this.mails).queue(42L, NotificationKind.PROOF_OVERDUE_TEAM, Map.of());
		assertThat(NotificationKind.PROOF_OVERDUE.audience()).isEqualTo(NotificationKind.Audience.CARRIER);
		assertThat(NotificationKind.PROOF_OVERDUE_TEAM.audience()).isEqualTo(NotificationKind.Audience.KI_TEAM);
	}

	@Test
	void anUploadIsNoNotice() {
		this.notifications.on(new NoticeIssued(42L, DocumentKind.UPLOAD));
		verify(this.mails, never()).queue(anyLong(), any(), any());
		verifyNoMoreInteractions(this.mails);
	}

	@Test
	void everyKindHasASubjectWithTheFileNumberAndItsOwnTemplate() {
		for (NotificationKind kind : NotificationKind.values()) {
			assertThat(kind.subject("KA-2026-0042")).as(kind.name()).endsWith("– Aktenzeichen KA-2026-0042");
		}
		assertThat(NotificationKind.PROOF_OVERDUE_TEAM.template()).isEqualTo("proof-overdue-team");
	}

}
