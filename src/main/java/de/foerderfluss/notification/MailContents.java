package de.foerderfluss.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.DeadlineProperties;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.NoticeDeliveryService;
import de.foerderfluss.audit.AuditEntry;
import de.foerderfluss.audit.AuditTrail;
import de.foerderfluss.audit.CaseAction;
import de.foerderfluss.carrier.BankAccount;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.proof.Clawback;
import de.foerderfluss.proof.HearingService;
import de.foerderfluss.proof.InterestService;
import de.foerderfluss.proof.ProofService;
import de.foerderfluss.reporting.LetterheadProperties;
import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.MoneyFormat;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * What a mail says about its case: the case's names and figures as they stand in the
 * step's transaction and the facts the step's event brought, dates and amounts written
 * the German way.
 */
@Component
class MailContents {

	/** Texts from the case, such as what is missing, are quoted up to this length. */
	static final int MAX_QUOTE = 2000;

	private final AuditTrail audit;

	private final DeadlineProperties deadlines;

	private final ProofService proofs;

	private final HearingService hearings;

	private final InterestService interest;

	private final LetterheadProperties letterhead;

	private final NotificationProperties properties;

	private final Clock clock;

	private final NoticeDeliveryService deliveries;

	MailContents(NoticeDeliveryService deliveries, AuditTrail audit, DeadlineProperties deadlines, ProofService proofs,
			HearingService hearings, InterestService interest, LetterheadProperties letterhead,
			NotificationProperties properties, Clock clock) {
		this.hearings = hearings;
		this.interest = interest;
		this.audit = audit;
		this.deadlines = deadlines;
		this.deliveries = deliveries;
		this.proofs = proofs;
		this.letterhead = letterhead;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * What the mail of this kind says about its case; the facts of the step that set it
	 * off (an amount, a note) come with the event and are added as they are.
	 */
	Map<String, Object> variables(NotificationKind kind, Application application, Carrier carrier,
			Map<String, Object> facts) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("fileNumber", application.getFileNumber());
		variables.put("title", application.getTitle());
		variables.put("carrierName", carrier.getName());
		variables.put("link", this.properties.caseLink(application.getId()));
		variables.put("approvedAmount", amount(application.getApprovedAmount()));
		sender(variables);
		switch (kind) {
			case DOCUMENTS_REQUESTED ->
				variables.put("deadline", lastFullDay(this.clock.instant(), this.deadlines.documentsLapse()));
			case DOCUMENTS_REMINDER -> latest(application, CaseAction.DOCUMENTS_REQUESTED).ifPresent((request) -> {
				variables.put("missing", quote(request.getDetail()));
				variables.put("deadline", lastFullDay(request.getOccurredAt(), this.deadlines.documentsLapse()));
			});
			case CONTRACT_OFFERED, CONTRACT_LAPSE_WARNING, SIGNED_CONTRACT_REFUSED ->
				this.deliveries.latest(application.getId(), DocumentKind.FORWARDING_CONTRACT)
					.ifPresent((contract) -> variables.put("deadline", GermanDates.date(this.deadlines
						.contractOfferLastDay(contract.providedAt().atZone(GermanDates.ZONE).toLocalDate()))));
			case REJECTED -> variables.put("reason", quote(application.getRejectionReason()));
			case PROOF_DUE, PROOF_REMINDER, PROOF_OVERDUE, PROOF_OVERDUE_TEAM -> {
				variables.put("endDate", GermanDates.date(application.getEndDate()));
				variables.put("deadline",
						GermanDates.date(application.getEndDate().plus(this.deadlines.proofPeriod())));
			}
			case HEARING -> this.hearings.hearingOf(application.getId())
				.ifPresent((hearing) -> variables.put("deadline", GermanDates.date(hearing.getDeadline())));
			case CLAWBACK, REPAYMENT_REMINDER -> {
				this.proofs.clawbackOf(application.getId()).ifPresent((clawback) -> {
					clawback(variables, clawback);
					variables.put("outstandingAmount", amount(clawback.outstanding()));
				});
				repaymentAccount(variables);
			}
			case INTEREST, INTEREST_REMINDER -> {
				this.interest.claimOf(application.getId()).ifPresent((claim) -> {
					variables.put("interestAmount", amount(claim.getAmount()));
					variables.put("outstandingAmount", amount(claim.outstanding()));
					variables.put("dueDate", GermanDates.date(claim.getDueDate()));
				});
				repaymentAccount(variables);
			}
			default -> {
			}
		}
		variables.putAll(facts);
		return variables;
	}

	private void sender(Map<String, Object> variables) {
		variables.put("department", StringUtils.hasText(this.letterhead.department()) ? this.letterhead.department()
				: "Kommunales Integrationszentrum");
		variables.put("authority", this.letterhead.authority());
		variables.put("phone", this.letterhead.phone());
		variables.put("email", this.letterhead.email());
	}

	private void clawback(Map<String, Object> variables, Clawback clawback) {
		variables.put("clawbackAmount", amount(clawback.getAmount()));
		variables.put("recognisedAmount", amount(clawback.getRecognisedAmount()));
		variables.put("paidAmount", amount(clawback.getPaidAmount()));
		variables.put("dueDate", GermanDates.date(clawback.getDueDate()));
	}

	private void repaymentAccount(Map<String, Object> variables) {
		LetterheadProperties.BankAccount account = this.letterhead.repaymentAccount();
		if (account != null && StringUtils.hasText(account.iban())) {
			variables.put("accountHolder", account.holder());
			variables.put("accountIban", printedIban(account.iban()));
			variables.put("accountBank", account.bank());
		}
	}

	private Optional<AuditEntry> latest(Application application, CaseAction action) {
		List<AuditEntry> history = this.audit.historyOf(application.getId());
		for (int i = history.size() - 1; i >= 0; i--) {
			if (action == history.get(i).getAction()) {
				return Optional.of(history.get(i));
			}
		}
		return Optional.empty();
	}

	/**
	 * The last whole day before a deadline that runs from a moment: the timer fires at
	 * the same time of day on the day after.
	 */
	static String lastFullDay(Instant start, Period period) {
		LocalDate expiry = start.atZone(GermanDates.ZONE).plus(period).toLocalDate();
		return GermanDates.date(expiry.minusDays(1));
	}

	static String quote(String text) {
		if (!StringUtils.hasText(text)) {
			return null;
		}
		String trimmed = text.strip();
		return (trimmed.length() > MAX_QUOTE) ? trimmed.substring(0, MAX_QUOTE) + " …" : trimmed;
	}

	static String amount(Money money) {
		return (money != null) ? MoneyFormat.german(money) : null;
	}

	private static String printedIban(String iban) {
		try {
			return BankAccount.printed(iban);
		}
		catch (RuntimeException ex) {
			// A mistyped IBAN in the settings is shown as typed rather than failing the
			// step.
			return iban;
		}
	}

}
