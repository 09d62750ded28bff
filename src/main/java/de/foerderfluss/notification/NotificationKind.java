package de.foerderfluss.notification;

import java.util.Locale;

/**
 * The mails Förderfluss sends, whom each goes to and what its subject says. Each kind has
 * a template of the same name in lower case with hyphens, in {@code templates/mail/}.
 */
public enum NotificationKind {

	DOCUMENTS_REQUESTED(Audience.CARRIER, "Nachforderung von Unterlagen"),

	DOCUMENTS_REMINDER(Audience.CARRIER, "Erinnerung an fehlende Unterlagen"),

	APPROVED(Audience.CARRIER, "Bewilligung Ihres Antrags: Weiterleitungsbescheid"),

	CONTRACT_OFFERED(Audience.CARRIER, "Bewilligung Ihres Antrags: Weiterleitungsvertrag"),

	SIGNED_CONTRACT_REFUSED(Audience.CARRIER, "Bitte laden Sie den Weiterleitungsvertrag erneut hoch"),

	REJECTED(Audience.CARRIER, "Ablehnung Ihres Antrags"),

	CONTRACT_LAPSE_WARNING(Audience.CARRIER, "Bitte senden Sie den unterzeichneten Weiterleitungsvertrag"),

	LAPSED_DOCUMENTS_MISSING(Audience.CARRIER, "Ihr Antrag ist verfallen"),

	LAPSED_CONTRACT_NOT_ACCEPTED(Audience.CARRIER, "Das Angebot des Weiterleitungsvertrags ist erloschen"),

	PAYOUT_RELEASED(Audience.CARRIER, "Auszahlung angeordnet"),

	PROOF_DUE(Audience.CARRIER, "Verwendungsnachweis fällig"),

	PROOF_REMINDER(Audience.CARRIER, "Erinnerung an den Verwendungsnachweis"),

	PROOF_OVERDUE(Audience.CARRIER, "Verwendungsnachweis überfällig"),

	HEARING(Audience.CARRIER, "Anhörung zu Ihrem Verwendungsnachweis"),

	CLAWBACK(Audience.CARRIER, "Rückforderung von Fördermitteln"),

	REPAYMENT_REMINDER(Audience.CARRIER, "Erinnerung an die Rückzahlung"),

	NOTICE_PROVIDED_AGAIN(Audience.CARRIER, "Bescheid erneut zum Abruf bereitgestellt"),

	INTEREST(Audience.CARRIER, "Festsetzung von Zinsen"),

	INTEREST_REMINDER(Audience.CARRIER, "Erinnerung an die Zahlung der Zinsen"),

	DOCUMENTS_RESUBMITTED(Audience.KI_TEAM, "Unterlagen nachgereicht"),

	FUND_CALL_SUBMITTED(Audience.KI_TEAM, "Mittelabruf zur sachlichen Prüfung"),

	PROOF_SUBMITTED(Audience.KI_TEAM, "Verwendungsnachweis eingegangen"),

	SIGNED_CONTRACT_RECEIVED(Audience.KI_TEAM, "Unterzeichneter Weiterleitungsvertrag eingegangen"),

	PROOF_OVERDUE_TEAM(Audience.KI_TEAM, "Verwendungsnachweis überfällig");

	private final Audience audience;

	private final String label;

	NotificationKind(Audience audience, String label) {
		this.audience = audience;
		this.label = label;
	}

	/** What the mail is about, in German. */
	public String label() {
		return this.label;
	}

	Audience audience() {
		return this.audience;
	}

	String subject(String fileNumber) {
		return this.label + " – Aktenzeichen " + fileNumber;
	}

	String template() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	enum Audience {

		/** The carrier's contact address and its user accounts. */
		CARRIER,
		/** The team mailbox of the KI case workers. */
		KI_TEAM

	}

}
