package de.foerderfluss.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.foerderfluss.carrier.BankAccount;
import de.foerderfluss.proof.Clawback;
import de.foerderfluss.proof.InterestClaim;
import de.foerderfluss.proof.InterestPeriod;
import de.foerderfluss.proof.Repayment;
import de.foerderfluss.security.SignedAct;
import de.foerderfluss.security.Signatory;
import de.foerderfluss.security.SigningAuthority;
import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.Messages;
import de.foerderfluss.shared.StepNotAllowedException;
import org.springframework.stereotype.Component;

/**
 * The interest notice (Zinsbescheid): the interest the case worker set on a repaid
 * clawback, one row per base-rate period, signed by that case worker.
 */
@Component
class InterestNotices {

	private final NoticeLetters letters;

	private final PdfRenderer renderer;

	private final Letterhead letterhead;

	private final SigningAuthority signing;

	InterestNotices(NoticeLetters letters, PdfRenderer renderer, Letterhead letterhead, SigningAuthority signing) {
		this.letters = letters;
		this.renderer = renderer;
		this.letterhead = letterhead;
		this.signing = signing;
	}

	PdfDocument interest(CaseFacts facts, Clawback clawback, InterestClaim claim, List<Repayment> repayments) {
		if (claim.isWaived() || claim.getPeriods().isEmpty() || repayments.isEmpty()) {
			throw new StepNotAllowedException("error.document.not-possible",
					Messages.code("document-kind.INTEREST_NOTICE"), facts.application().getFileNumber());
		}
		LetterheadProperties authority = this.letterhead.properties();
		Map<String, Object> parameters = new HashMap<>(this.letters.letter(facts));
		parameters.put("CLAWBACK_DATE", GermanDates.date(clawback.getIssuedAt()));
		parameters.put("INEFFECTIVE_FROM", GermanDates.date(clawback.getIneffectiveFrom()));
		parameters.put("CLAWBACK_AMOUNT", clawback.getAmount().amount());
		parameters.put("REPAID_ON", GermanDates
			.date(repayments.stream().map(Repayment::getReceivedOn).max(Comparator.naturalOrder()).orElseThrow()));
		parameters.put("INTEREST_MARGIN", points(claim.getMarginPercent()));
		parameters.put("TOTAL", claim.getAmount().amount());
		parameters.put("DUE_DATE", GermanDates.date(claim.getDueDate()));
		parameters.put("REASON", claim.getReason());
		parameters.put("ACCOUNT_HOLDER", authority.repaymentAccount().holder());
		parameters.put("ACCOUNT_IBAN", BankAccount.printed(authority.repaymentAccount().iban()));
		parameters.put("ACCOUNT_BIC", authority.repaymentAccount().bic());
		parameters.put("ACCOUNT_BANK", authority.repaymentAccount().bank());
		// Signed by the case worker who set the interest, within their signing authority.
		Signatory signer = this.signing.signatory(claim.getDecidedBy(), SignedAct.INTEREST, claim.getAmount());
		parameters.put("SIGNER", signer.displayName());
		parameters.put("SIGNER_TITLE", authority.signerTitle(signer.role().name()));
		List<Map<String, ?>> rows = new ArrayList<>();
		for (InterestPeriod period : claim.getPeriods()) {
			rows.add(Map.of("period",
					GermanDates.date(period.getFirstDay()) + " – " + GermanDates.date(period.getLastDay()), "days",
					period.getDays(), "principal", period.getPrincipal().amount(), "baseRate",
					percent(period.getBaseRatePercent()) + " %", "rate", percent(period.getRatePercent()) + " %",
					"amount", period.getAmount().amount()));
		}
		parameters.put("ROW_COUNT", rows.size());
		String filename = Layout.INTEREST_NOTICE.documentName() + "-" + facts.application().getFileNumber() + ".pdf";
		return new PdfDocument(filename, this.renderer.render(Layout.INTEREST_NOTICE, parameters, rows));
	}

	/** A rate with two decimals: {@code 8,62}. */
	private static String percent(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	/** Percentage points as few decimals as they need: {@code 5}. */
	private static String points(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString().replace('.', ',');
	}

}
