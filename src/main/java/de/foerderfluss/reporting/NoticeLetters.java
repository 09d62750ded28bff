package de.foerderfluss.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.CostItem;
import de.foerderfluss.application.DeadlineProperties;
import de.foerderfluss.carrier.BankAccount;
import de.foerderfluss.disbursement.DisbursementProperties;
import de.foerderfluss.proof.Clawback;
import de.foerderfluss.proof.Hearing;
import de.foerderfluss.proof.HearingIntent;
import de.foerderfluss.proof.InterestProperties;
import de.foerderfluss.proof.ProofProperties;
import de.foerderfluss.review.Decision;
import de.foerderfluss.security.UserDirectory;
import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.Languages;
import de.foerderfluss.shared.Messages;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.MoneyFormat;
import de.foerderfluss.shared.StepNotAllowedException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The notices to the carrier: approval with forwarding contract, rejection and clawback,
 * and the hearing letter before a clawback. Each refuses to print when the case lacks
 * what the notice states.
 */
@Component
class NoticeLetters {

	private static final String APPROVER_ROLE = "APPROVER";

	private static final String REVIEWER_ROLE = "REVIEWER";

	/** Letters without a table get one empty row, so that their closing parts print. */
	private static final List<Map<String, ?>> ONE_ROW = List.of(Map.of());

	private final PdfRenderer renderer;

	private final Letterhead letterhead;

	private final UserDirectory users;

	private final DeadlineProperties deadlines;

	private final DisbursementProperties disbursement;

	private final ProofProperties proof;

	private final InterestProperties interest;

	private final MessageSource messages;

	private final ApprovalTerms terms;

	private final Clock clock;

	NoticeLetters(PdfRenderer renderer, Letterhead letterhead, UserDirectory users, DeadlineProperties deadlines,
			DisbursementProperties disbursement, ProofProperties proof, InterestProperties interest,
			MessageSource messages, ApprovalTerms terms, Clock clock) {
		this.terms = terms;
		this.clock = clock;
		this.interest = interest;
		this.renderer = renderer;
		this.letterhead = letterhead;
		this.users = users;
		this.deadlines = deadlines;
		this.disbursement = disbursement;
		this.proof = proof;
		this.messages = messages;
	}

	PdfDocument approval(CaseFacts facts) {
		Application application = facts.application();
		Decision approval = facts.approval().orElseThrow(() -> missing("APPROVAL_NOTICE", facts));
		if (application.getApprovedAmount() == null) {
			throw missing("APPROVAL_NOTICE", facts);
		}
		Map<String, Object> parameters = letter(facts);
		parameters.put("APPROVED_AMOUNT", application.getApprovedAmount().amount());
		parameters.put("REQUESTED_AMOUNT", application.totalCosts().amount());
		parameters.putAll(this.terms.parameters(facts, grantingAuthority(), ApprovalTerms.Instrument.NOTICE));
		parameters.put("FUND_CALL_HORIZON", inWords(this.disbursement.fundCallHorizon()));
		parameters.put("LINE_TOLERANCE", this.proof.lineTolerancePercent());
		parameters.put("PROOF_DEADLINE", GermanDates.date(application.getEndDate().plus(this.deadlines.proofPeriod())));
		parameters.put("INTEREST_MARGIN", percent(this.interest.marginPercent()));
		parameters.put("SIGNER", this.users.displayName(approval.getDecidedBy()));
		parameters.put("SIGNER_TITLE", this.letterhead.properties().signerTitle(APPROVER_ROLE));
		facts.coSignature().ifPresent((coSignature) -> {
			parameters.put("CO_SIGNER", this.users.displayName(coSignature.getDecidedBy()));
			parameters.put("CO_SIGNER_TITLE", this.letterhead.properties().signerTitle(APPROVER_ROLE));
		});
		List<Map<String, ?>> rows = new ArrayList<>();
		int position = 1;
		for (CostItem item : application.getCostItems()) {
			rows.add(Map.of("position", position++, "category", categoryLabel(item), "description",
					item.getDescription(), "amount", item.getAmount().amount()));
		}
		parameters.put("ROW_COUNT", rows.size());
		return pdf(Layout.APPROVAL_NOTICE, facts, parameters, rows);
	}

	private String grantingAuthority() {
		return this.letterhead.properties().department() + ", " + this.letterhead.properties().authority();
	}

	/**
	 * The forwarding contract the authority offers, signed on its side by the person who
	 * approved the grant; the carrier accepts it by signing and uploading it by the last
	 * day it states.
	 */
	PdfDocument contract(CaseFacts facts) {
		Application application = facts.application();
		Decision approval = facts.approval().orElseThrow(() -> missing("FORWARDING_CONTRACT", facts));
		if (application.getApprovedAmount() == null) {
			throw missing("FORWARDING_CONTRACT", facts);
		}
		LetterheadProperties authority = this.letterhead.properties();
		Map<String, Object> parameters = letter(facts);
		parameters.put("APPROVED_AMOUNT", application.getApprovedAmount().amount());
		parameters.put("REQUESTED_AMOUNT", application.totalCosts().amount());
		parameters.putAll(this.terms.parameters(facts, grantingAuthority(), ApprovalTerms.Instrument.CONTRACT));
		parameters.put("FUND_CALL_HORIZON", inWords(this.disbursement.fundCallHorizon()));
		parameters.put("LINE_TOLERANCE", this.proof.lineTolerancePercent());
		parameters.put("PROOF_DEADLINE", GermanDates.date(application.getEndDate().plus(this.deadlines.proofPeriod())));
		parameters.put("INTEREST_MARGIN", percent(this.interest.marginPercent()));
		parameters.put("OFFER_LAST_DAY", GermanDates
			.date(this.deadlines.contractOfferLastDay(LocalDate.now(this.clock.withZone(GermanDates.ZONE)))));
		parameters.put("PLACE", authority.place());
		String signer = this.users.displayName(approval.getDecidedBy());
		String signerTitle = authority.signerTitle(APPROVER_ROLE);
		parameters.put("SIGNER", signer);
		parameters.put("SIGNER_TITLE", signerTitle);
		facts.coSignature()
			.ifPresent(
					(coSignature) -> parameters.put("CO_SIGNER", this.users.displayName(coSignature.getDecidedBy())));
		parameters.put("AUTHORITY_PARTY",
				String.join(", ",
						nonBlank(authority.authority(), authority.authorityAddition(), authority.department(),
								authority.street(), authority.postalCode() + " " + authority.city()))
						+ ", vertreten durch " + signer + (signerTitle != null ? " (" + signerTitle + ")" : ""));
		parameters.put("CARRIER_PARTY", String.join(", ", nonBlank(facts.carrier().getName(),
				facts.carrier().getStreet(), facts.carrier().getPostalCode() + " " + facts.carrier().getCity())));
		List<Map<String, ?>> rows = new ArrayList<>();
		int position = 1;
		for (CostItem item : application.getCostItems()) {
			rows.add(Map.of("position", position++, "category", categoryLabel(item), "description",
					item.getDescription(), "amount", item.getAmount().amount()));
		}
		parameters.put("ROW_COUNT", rows.size());
		return pdf(Layout.FORWARDING_CONTRACT, facts, parameters, rows);
	}

	/**
	 * The letter that the offer of the forwarding contract lapsed unaccepted, signed by
	 * the person who made the offer: the approver who decided the grant.
	 */
	PdfDocument contractLapse(CaseFacts facts, java.time.Instant offeredAt) {
		Application application = facts.application();
		Decision approval = facts.approval().orElseThrow(() -> missing("CONTRACT_LAPSE_NOTICE", facts));
		if (application.getApprovedAmount() == null) {
			throw missing("CONTRACT_LAPSE_NOTICE", facts);
		}
		LocalDate offeredOn = offeredAt.atZone(GermanDates.ZONE).toLocalDate();
		Map<String, Object> parameters = letter(facts);
		parameters.put("APPROVED_AMOUNT_TEXT", money(application.getApprovedAmount()));
		parameters.put("OFFER_DATE", GermanDates.date(offeredOn));
		parameters.put("OFFER_LAST_DAY", GermanDates.date(this.deadlines.contractOfferLastDay(offeredOn)));
		parameters.put("SIGNER", this.users.displayName(approval.getDecidedBy()));
		parameters.put("SIGNER_TITLE", this.letterhead.properties().signerTitle(APPROVER_ROLE));
		return pdf(Layout.CONTRACT_LAPSE_NOTICE, facts, parameters, ONE_ROW);
	}

	private static String[] nonBlank(String... parts) {
		return java.util.Arrays.stream(parts).filter((part) -> part != null && !part.isBlank()).toArray(String[]::new);
	}

	PdfDocument rejection(CaseFacts facts) {
		Application application = facts.application();
		if (application.getRejectionReason() == null) {
			throw missing("REJECTION_NOTICE", facts);
		}
		Map<String, Object> parameters = letter(facts);
		parameters.put("REQUESTED_AMOUNT_TEXT", money(application.getRequestedAmount()));
		parameters.put("REASON", application.getRejectionReason());
		boolean byPerson = facts.refusal().isPresent();
		parameters.put("SIGNER", byPerson ? this.users.displayName(facts.refusal().get().getDecidedBy())
				: this.letterhead.properties().defaultSigner());
		parameters.put("SIGNER_TITLE", this.letterhead.properties().signerTitle(APPROVER_ROLE));
		return pdf(Layout.REJECTION_NOTICE, facts, parameters, ONE_ROW);
	}

	PdfDocument clawback(CaseFacts facts, Clawback clawback, Hearing hearing, Instant hearingLetterDate) {
		Application application = facts.application();
		Decision approval = facts.approval().orElseThrow(() -> missing("CLAWBACK_NOTICE", facts));
		LetterheadProperties authority = this.letterhead.properties();
		Map<String, Object> parameters = letter(facts);
		parameters.put("APPROVAL_DATE", GermanDates.date(approval.getDecidedAt()));
		parameters.put("APPROVED_AMOUNT", application.getApprovedAmount().amount());
		parameters.put("PAID_AMOUNT", clawback.getPaidAmount().amount());
		parameters.put("RECOGNISED_AMOUNT", clawback.getRecognisedAmount().amount());
		parameters.put("CLAWBACK_AMOUNT", clawback.getAmount().amount());
		parameters.put("DUE_DATE", GermanDates.date(clawback.getDueDate()));
		parameters.put("INEFFECTIVE_FROM", GermanDates.date(clawback.getIneffectiveFrom()));
		parameters.put("INTEREST_MARGIN", percent(this.interest.marginPercent()));
		parameters.put("AUDIT_NOTE", auditNote(hearing));
		parameters.put("HEARING_TEXT", HearingTexts.recounted(hearing, hearingLetterDate));
		parameters.put("REASONS", hearing.getReasons());
		parameters.put("ACCOUNT_HOLDER", authority.repaymentAccount().holder());
		parameters.put("ACCOUNT_IBAN", BankAccount.printed(authority.repaymentAccount().iban()));
		parameters.put("ACCOUNT_BIC", authority.repaymentAccount().bic());
		parameters.put("ACCOUNT_BANK", authority.repaymentAccount().bank());
		// Signed by the case worker who decided after the hearing.
		parameters.put("SIGNER", this.users.displayName(hearing.getDecidedBy()));
		parameters.put("SIGNER_TITLE", authority.signerTitle(REVIEWER_ROLE));
		return pdf(Layout.CLAWBACK_NOTICE, facts, parameters, ONE_ROW);
	}

	PdfDocument hearing(CaseFacts facts, Hearing hearing) {
		Application application = facts.application();
		Decision approval = facts.approval().orElseThrow(() -> missing("HEARING_LETTER", facts));
		LetterheadProperties authority = this.letterhead.properties();
		Map<String, Object> parameters = letter(facts);
		parameters.put("APPROVAL_DATE", GermanDates.date(approval.getDecidedAt()));
		parameters.put("APPROVED_AMOUNT", application.getApprovedAmount().amount());
		parameters.put("PAID_AMOUNT", hearing.getPaidAmount().amount());
		parameters.put("RECOGNISED_AMOUNT", hearing.getRecognisedAmount().amount());
		parameters.put("PROPOSED_AMOUNT", hearing.getProposedAmount().amount());
		parameters.put("CLAWBACK", hearing.getIntent() == HearingIntent.CLAWBACK);
		parameters.put("SUBJECT", HearingTexts.subject(hearing));
		parameters.put("INTENT", HearingTexts.intent(hearing));
		parameters.put("FINDINGS", hearing.getFindings());
		parameters.put("DEADLINE", GermanDates.date(hearing.getDeadline()));
		parameters.put("HOW_TO_ANSWER", HearingTexts.howToAnswer(authority.authority(), authority.department()));
		// Signed by the case worker who audited the proof and opened the hearing.
		parameters.put("SIGNER", this.users.displayName(hearing.getOpenedBy()));
		parameters.put("SIGNER_TITLE", authority.signerTitle(REVIEWER_ROLE));
		return pdf(Layout.HEARING_LETTER, facts, parameters, ONE_ROW);
	}

	Map<String, Object> letter(CaseFacts facts) {
		Application application = facts.application();
		String contact = facts.assessment().map((a) -> this.users.displayName(a.getAssessedBy())).orElse(null);
		Map<String, Object> parameters = new HashMap<>(
				this.letterhead.letter(facts.carrier(), application.getFileNumber(), contact));
		parameters.put("SUBMITTED_DATE", GermanDates.date(application.getSubmittedAt()));
		parameters.put("PROGRAMME", facts.programmeName());
		parameters.put("FUNDING_YEAR", facts.fundingYear());
		parameters.put("MODULE", facts.moduleLabel());
		parameters.put("TITLE", application.getTitle());
		parameters.put("MUNICIPALITY", facts.municipality().getName());
		parameters.put("PERIOD", facts.period());
		parameters.put("LEGAL_REMEDY_COURT", this.letterhead.properties().legalRemedyCourt());
		return parameters;
	}

	private PdfDocument pdf(Layout layout, CaseFacts facts, Map<String, Object> parameters, List<Map<String, ?>> rows) {
		String filename = layout.documentName() + "-" + facts.application().getFileNumber() + ".pdf";
		return new PdfDocument(filename, this.renderer.render(layout, parameters, rows));
	}

	/** The case worker's own finding from the audit, as written. */
	private static String auditNote(Hearing hearing) {
		return StringUtils.hasText(hearing.getFindings()) ? "Ergebnis der Prüfung: " + hearing.getFindings() : null;
	}

	private String categoryLabel(CostItem item) {
		return this.messages.getMessage("cost-category." + item.getCategory().name(), null, item.getCategory().name(),
				Languages.OFFICIAL);
	}

	private static String money(Money money) {
		return MoneyFormat.german(money);
	}

	private static String percent(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	/** "zwei Monaten" rather than "P2M" in the text of a notice. */
	static String inWords(Period period) {
		String[] words = { "null", "einem", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
				"elf", "zwölf" };
		if (period.getDays() == 0 && period.getYears() == 0 && period.getMonths() < words.length) {
			return words[period.getMonths()] + (period.getMonths() == 1 ? " Monat" : " Monaten");
		}
		return period.toTotalMonths() * 30 + period.getDays() + " Tagen";
	}

	private static StepNotAllowedException missing(String kind, CaseFacts facts) {
		return new StepNotAllowedException("error.document.not-possible", Messages.code("document-kind." + kind),
				facts.application().getFileNumber());
	}

}
