package de.foerderfluss.notification;

import java.util.HashMap;
import java.util.Map;

import de.foerderfluss.application.events.ApplicationLapsed;
import de.foerderfluss.application.events.NoticeProvidedAgain;
import de.foerderfluss.application.events.SignedContractReceived;
import de.foerderfluss.application.events.SignedContractRefused;
import de.foerderfluss.application.events.DocumentsRequested;
import de.foerderfluss.application.events.DocumentsResubmitted;
import de.foerderfluss.application.events.ProofDue;
import de.foerderfluss.application.events.ProofOverdue;
import de.foerderfluss.application.events.ProofSubmitted;
import de.foerderfluss.application.events.ReminderSent;
import de.foerderfluss.disbursement.events.FundCallSubmitted;
import de.foerderfluss.disbursement.events.PayoutReleased;
import de.foerderfluss.reporting.events.NoticeIssued;
import de.foerderfluss.shared.GermanDates;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which steps of a case someone hears about by mail, and what of the step the mail says.
 * Approval, rejection and clawback are announced when their notice is issued, so that the
 * notice can be downloaded once the mail arrives.
 */
@Component
class CaseNotifications {

	private final CaseMails mails;

	CaseNotifications(CaseMails mails) {
		this.mails = mails;
	}

	@EventListener
	void on(DocumentsRequested event) {
		this.mails.queue(event.applicationId(), NotificationKind.DOCUMENTS_REQUESTED,
				facts("missing", MailContents.quote(event.missing())));
	}

	@EventListener
	void on(DocumentsResubmitted event) {
		this.mails.queue(event.applicationId(), NotificationKind.DOCUMENTS_RESUBMITTED,
				facts("note", MailContents.quote(event.note())));
	}

	@EventListener
	void on(ReminderSent event) {
		NotificationKind kind = switch (event.kind()) {
			case DOCUMENTS -> NotificationKind.DOCUMENTS_REMINDER;
			case CONTRACT_LAPSE_WARNING -> NotificationKind.CONTRACT_LAPSE_WARNING;
			case PROOF_OF_USE -> NotificationKind.PROOF_REMINDER;
			case REPAYMENT -> NotificationKind.REPAYMENT_REMINDER;
			case INTEREST -> NotificationKind.INTEREST_REMINDER;
		};
		this.mails.queue(event.applicationId(), kind, Map.of());
	}

	@EventListener
	void on(NoticeIssued event) {
		NotificationKind kind = switch (event.kind()) {
			case APPROVAL_NOTICE -> NotificationKind.APPROVED;
			case REJECTION_NOTICE -> NotificationKind.REJECTED;
			case CLAWBACK_NOTICE -> NotificationKind.CLAWBACK;
			case HEARING_LETTER -> NotificationKind.HEARING;
			case FORWARDING_CONTRACT -> NotificationKind.CONTRACT_OFFERED;
			case CONTRACT_LAPSE_NOTICE -> NotificationKind.LAPSED_CONTRACT_NOT_ACCEPTED;
			// The letter on an early start is read on the case page; no mail announces it
			// yet.
			case UPLOAD, SIGNED_CONTRACT, EARLY_START_LETTER -> null;
			case INTEREST_NOTICE -> NotificationKind.INTEREST;
		};
		if (kind != null) {
			this.mails.queue(event.applicationId(), kind, Map.of());
		}
	}

	@EventListener
	void on(SignedContractReceived event) {
		this.mails.queue(event.applicationId(), NotificationKind.SIGNED_CONTRACT_RECEIVED, Map.of());
	}

	@EventListener
	void on(SignedContractRefused event) {
		this.mails.queue(event.applicationId(), NotificationKind.SIGNED_CONTRACT_REFUSED,
				facts("note", MailContents.quote(event.note())));
	}

	@EventListener
	void on(NoticeProvidedAgain event) {
		this.mails.queue(event.applicationId(), NotificationKind.NOTICE_PROVIDED_AGAIN, Map.of());
	}

	@EventListener
	void on(ApplicationLapsed event) {
		// A lapsed contract offer is announced with its letter, when that is issued.
		if (event.cause() == ApplicationLapsed.Cause.DOCUMENTS_MISSING) {
			this.mails.queue(event.applicationId(), NotificationKind.LAPSED_DOCUMENTS_MISSING, Map.of());
		}
	}

	@EventListener
	void on(FundCallSubmitted event) {
		this.mails.queue(event.applicationId(), NotificationKind.FUND_CALL_SUBMITTED, facts("fundCallAmount",
				MailContents.amount(event.amount()), "neededOn", GermanDates.date(event.neededOn())));
	}

	@EventListener
	void on(PayoutReleased event) {
		this.mails.queue(event.applicationId(), NotificationKind.PAYOUT_RELEASED, facts("payoutAmount",
				MailContents.amount(event.amount()), "paidAmount", MailContents.amount(event.paidInAll())));
	}

	@EventListener
	void on(ProofDue event) {
		this.mails.queue(event.applicationId(), NotificationKind.PROOF_DUE, Map.of());
	}

	@EventListener
	void on(ProofOverdue event) {
		this.mails.queue(event.applicationId(), NotificationKind.PROOF_OVERDUE, Map.of());
		this.mails.queue(event.applicationId(), NotificationKind.PROOF_OVERDUE_TEAM, Map.of());
	}

	@EventListener
	void on(ProofSubmitted event) {
		this.mails.queue(event.applicationId(), NotificationKind.PROOF_SUBMITTED, Map.of());
	}

	/** Facts of a step by name; a fact the step did not have stays empty in the mail. */
	private static Map<String, Object> facts(Object... namesAndValues) {
		Map<String, Object> facts = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return facts;
	}

}
