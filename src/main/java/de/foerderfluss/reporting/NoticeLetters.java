package de.foerderfluss.reporting;

import java.math.BigDecimal;
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

/**
 * The three notices to the carrier: approval with forwarding contract, rejection and
 * clawback. Each refuses to print when the case lacks what the notice states.
 */
@Component
class NoticeLetters {

	private static final String APPROVER_ROLE = "APPROVER";

	/** Letters without a table get one empty row, so that their closing parts print. */
	private static final List<Map<String, ?>> ONE_ROW = List.of(Map.of());

	private final PdfRenderer renderer;

	private final Letterhead letterhead;

	private final UserDirectory users;

	private final DeadlineProperties deadlines;

	private final DisbursementProperties disbursement;

	private final ProofProperties proof;

	private final MessageSource messages;

	NoticeLetters(PdfRenderer renderer, Letterhead letterhead, UserDirectory users, DeadlineProperties deadlines,
			DisbursementProperties disbursement, ProofProperties proof, MessageSource messages) {
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
		parameters.put("REQUESTED_AMOUNT", application.getRequestedAmount().amount());
		parameters.put("FLAT_RATE_NOTE", application.isFlatRate() ? application.getEligibilityNote() : null);
		parameters.put("CONTRACT_DAYS", this.deadlines.contractLapse().getDays());
		parameters.put("FUND_CALL_HORIZON", inWords(this.disbursement.fundCallHorizon()));
		parameters.put("LINE_TOLERANCE", this.proof.lineTolerancePercent());
		parameters.put("PROOF_DEADLINE", GermanDates.date(application.getEndDate().plus(this.deadlines.proofPeriod())));
		parameters.put("INTEREST_MARGIN", percent(this.proof.interestMarginPercent()));
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

	PdfDocument clawback(CaseFacts facts, Clawback clawback) {
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
		parameters.put("INTEREST_RATE", percent(clawback.getInterestRate()));
		parameters.put("INTEREST_MARGIN", percent(this.proof.interestMarginPercent()));
		parameters.put("AUDIT_NOTE", auditNote(clawback.getRecognisedAmount()));
		parameters.put("ACCOUNT_HOLDER", authority.repaymentAccount().holder());
		parameters.put("ACCOUNT_IBAN", BankAccount.printed(authority.repaymentAccount().iban()));
		parameters.put("ACCOUNT_BIC", authority.repaymentAccount().bic());
		parameters.put("ACCOUNT_BANK", authority.repaymentAccount().bank());
		parameters.put("SIGNER", authority.defaultSigner());
		parameters.put("SIGNER_TITLE", authority.signerTitle(APPROVER_ROLE));
		return pdf(Layout.CLAWBACK_NOTICE, facts, parameters, ONE_ROW);
	}

	private Map<String, Object> letter(CaseFacts facts) {
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

	private String auditNote(Money recognised) {
		return "Von den ausgezahlten Mitteln wurden " + money(recognised)
				+ " als zweckentsprechend verwendet anerkannt.";
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
