package de.foerderfluss.notification;

import java.util.List;

import de.foerderfluss.shared.AuditRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationPolicyTest {

	@ParameterizedTest
	@CsvSource({ "DOCUMENTS_REQUESTED, Satzung des Vereins, DOCUMENTS_REQUESTED",
			"REMINDER_SENT, DOCUMENTS, DOCUMENTS_REMINDER",
			"REMINDER_SENT, CONTRACT_LAPSE_WARNING, CONTRACT_LAPSE_WARNING",
			"REMINDER_SENT, PROOF_OF_USE, PROOF_REMINDER", "REMINDER_SENT, REPAYMENT, REPAYMENT_REMINDER",
			"NOTICE_ISSUED, APPROVAL_NOTICE, APPROVED", "NOTICE_ISSUED, REJECTION_NOTICE, REJECTED",
			"NOTICE_ISSUED, CLAWBACK_NOTICE, CLAWBACK", "LAPSED_DOCUMENTS_MISSING, , LAPSED_DOCUMENTS_MISSING",
			"LAPSED_CONTRACT_NOT_ACCEPTED, , LAPSED_CONTRACT_NOT_ACCEPTED",
			"PAYOUT_RELEASED, Auszahlung 7 über 3000.00 EUR, PAYOUT_RELEASED", "PROOF_DUE, , PROOF_DUE",
			"DOCUMENTS_RESUBMITTED, Kostenvoranschlag anbei, DOCUMENTS_RESUBMITTED",
			"FUND_CALL_SUBMITTED, Mittelabruf 3 über 500.00 EUR, FUND_CALL_SUBMITTED",
			"PROOF_SUBMITTED, , PROOF_SUBMITTED" })
	void aStepSetsOffItsNotification(String action, String detail, NotificationKind expected) {
		assertThat(NotificationPolicy.kindsFor(record(action, detail))).containsExactly(expected);
	}

	@Test
	void anOverdueProofOfUseConcernsTheCarrierAndTheCaseWorkers() {
		List<NotificationKind> kinds = NotificationPolicy.kindsFor(record("PROOF_OVERDUE", null));
		assertThat(kinds).containsExactly(NotificationKind.PROOF_OVERDUE, NotificationKind.PROOF_OVERDUE_TEAM);
		assertThat(kinds).extracting(NotificationKind::audience)
			.containsExactly(NotificationKind.Audience.CARRIER, NotificationKind.Audience.KI_TEAM);
	}

	@Test
	void requestsForWorkOfTheCaseWorkersGoToTheirTeam() {
		for (String action : List.of("DOCUMENTS_RESUBMITTED", "FUND_CALL_SUBMITTED", "PROOF_SUBMITTED")) {
			assertThat(NotificationPolicy.kindsFor(record(action, null))).as(action)
				.allMatch((kind) -> kind.audience() == NotificationKind.Audience.KI_TEAM);
		}
	}

	@ParameterizedTest
	@CsvSource({ "SUBMITTED, KA-2026-0001", "COMPLETENESS_CONFIRMED, ", "APPROVED, 5000.00", "REJECTED, zu teuer",
			"CLAWBACK, 400 € nicht belegt", "CONTRACT_ACCEPTED, ", "FUND_CALL_VERIFIED, Mittelabruf 3",
			"STATEMENT_PRINTED, Ausdruck 1", "DOCUMENT_UPLOADED, Satzung.pdf", "NOTICE_ISSUED, UPLOAD",
			"NOTICE_ISSUED, ", "REMINDER_SENT, ", "REMINDER_SENT, SOMETHING_NEW", "CLOSED, ", "WITHDRAWN, " })
	void otherStepsSendNothing(String action, String detail) {
		assertThat(NotificationPolicy.kindsFor(record(action, detail))).isEmpty();
	}

	@Test
	void everyKindHasASubjectWithTheFileNumberAndItsOwnTemplate() {
		for (NotificationKind kind : NotificationKind.values()) {
			assertThat(kind.subject("KA-2026-0042")).as(kind.name()).endsWith("– Aktenzeichen KA-2026-0042");
		}
		assertThat(NotificationKind.PROOF_OVERDUE_TEAM.template()).isEqualTo("proof-overdue-team");
	}

	private static AuditRecord record(String action, String detail) {
		return new AuditRecord(42L, action, null, null, detail);
	}

}
