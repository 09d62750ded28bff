package de.foerderfluss.notification;

import java.util.List;

import de.foerderfluss.shared.AuditRecord;

/**
 * Which steps of a case someone hears about by mail. Approval, rejection and clawback are
 * announced when their notice is issued, so that the notice can be downloaded once the
 * mail arrives.
 */
final class NotificationPolicy {

	private NotificationPolicy() {
	}

	static List<NotificationKind> kindsFor(AuditRecord record) {
		return switch (record.action()) {
			case "DOCUMENTS_REQUESTED" -> List.of(NotificationKind.DOCUMENTS_REQUESTED);
			case "DOCUMENTS_RESUBMITTED" -> List.of(NotificationKind.DOCUMENTS_RESUBMITTED);
			case "REMINDER_SENT" -> reminder(record.detail());
			case "NOTICE_ISSUED" -> notice(record.detail());
			case "LAPSED_DOCUMENTS_MISSING" -> List.of(NotificationKind.LAPSED_DOCUMENTS_MISSING);
			case "LAPSED_CONTRACT_NOT_ACCEPTED" -> List.of(NotificationKind.LAPSED_CONTRACT_NOT_ACCEPTED);
			case "FUND_CALL_SUBMITTED" -> List.of(NotificationKind.FUND_CALL_SUBMITTED);
			case "PAYOUT_RELEASED" -> List.of(NotificationKind.PAYOUT_RELEASED);
			case "PROOF_DUE" -> List.of(NotificationKind.PROOF_DUE);
			case "PROOF_OVERDUE" -> List.of(NotificationKind.PROOF_OVERDUE, NotificationKind.PROOF_OVERDUE_TEAM);
			case "PROOF_SUBMITTED" -> List.of(NotificationKind.PROOF_SUBMITTED);
			default -> List.of();
		};
	}

	private static List<NotificationKind> reminder(String kind) {
		if (kind == null) {
			return List.of();
		}
		return switch (kind) {
			case "DOCUMENTS" -> List.of(NotificationKind.DOCUMENTS_REMINDER);
			case "CONTRACT_LAPSE_WARNING" -> List.of(NotificationKind.CONTRACT_LAPSE_WARNING);
			case "PROOF_OF_USE" -> List.of(NotificationKind.PROOF_REMINDER);
			case "REPAYMENT" -> List.of(NotificationKind.REPAYMENT_REMINDER);
			default -> List.of();
		};
	}

	private static List<NotificationKind> notice(String kind) {
		if (kind == null) {
			return List.of();
		}
		return switch (kind) {
			case "APPROVAL_NOTICE" -> List.of(NotificationKind.APPROVED);
			case "REJECTION_NOTICE" -> List.of(NotificationKind.REJECTED);
			case "CLAWBACK_NOTICE" -> List.of(NotificationKind.CLAWBACK);
			default -> List.of();
		};
	}

}
