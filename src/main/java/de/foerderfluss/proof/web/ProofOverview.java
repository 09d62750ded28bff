package de.foerderfluss.proof.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.shared.Money;

/**
 * The proof of use of a case as the application page shows it: when it is due, what was
 * submitted, the audit and the clawback with its repayments.
 *
 * @param applicationId the case
 * @param due when the proof is due, while it can still be submitted; else null
 * @param submitPath where the carrier submits the proof, or null
 * @param proof the submitted proof, or null
 * @param audit the audit result, or null
 * @param clawback the clawback, or null
 * @param auditPath where a case worker audits the proof, or null
 * @param repaymentPath where finance confirms a repayment, or null
 */
public record ProofOverview(Long applicationId, Due due, String submitPath, Submitted proof, Audited audit,
		HearingSummary hearing, ClawbackView clawback, String auditPath, String repaymentPath, InterestState interest) {

	/**
	 * The hearing before a burdening decision: what is intended, the letter and deadline,
	 * the carrier's answer or the lapse, and the decision after it.
	 *
	 * @param clawback whether a clawback is intended (else the proof's rejection)
	 * @param proposed the amount the letter announces
	 * @param deadline the last day for the answer
	 * @param overdue whether the deadline has passed
	 * @param letterPath the hearing letter as issued (PDF), for those who may read it
	 * @param answerPath where the carrier answers, while it may
	 * @param decisionPath where a case worker decides, once the answer or the lapse is in
	 */
	public record HearingSummary(boolean clawback, Money proposed, String findings, LocalDate deadline, boolean overdue,
			String openedBy, Instant openedAt, String letterPath, String answer, Instant answeredAt, String answeredBy,
			List<Attachment> attachments, Instant lapsedAt, String outcome, Money decidedAmount, String reasons,
			String decidedBy, Instant decidedAt, String answerPath, String decisionPath) {

		public boolean isAnswered() {
			return this.answeredAt != null;
		}

		public boolean isDecided() {
			return this.outcome != null;
		}

	}

	/**
	 * A document the carrier attached to its answer; a path only for those who may read
	 * it.
	 */
	public record Attachment(String filename, String path) {

	}

	/**
	 * The interest of the case (§ 49a VwVfG NRW) after the repayment.
	 *
	 * @param set whether a case worker decided (set or waived)
	 * @param waived whether it was waived
	 * @param amount the interest set (null before the decision)
	 * @param outstanding what of it is still to be paid
	 * @param dueDate by when it is to be paid
	 * @param reason the reasons of the decision
	 * @param decisionPath the page on which a case worker sets it, while open
	 * @param paymentPath the page on which finance confirms its payment, while open
	 * @param noticePath the interest notice as issued (PDF)
	 */
	public record InterestState(boolean set, boolean waived, Money amount, Money outstanding, LocalDate dueDate,
			String reason, String decisionPath, String paymentPath, String noticePath) {
	}

	/** The due date of the proof of use and whether it has passed. */
	public record Due(LocalDate date, boolean overdue) {
	}

	/** The proof as the carrier submitted it. */
	public record Submitted(ProofFigures figures, String report, String submittedBy, Instant submittedAt) {
	}

	/** The case worker's audit. */
	public record Audited(boolean accepted, Money recognised, String note, String auditedBy, Instant auditedAt) {
	}

	/**
	 * The clawback set by notice and what has come back so far.
	 *
	 * @param paid what had been paid out
	 * @param recognised what the audit recognised
	 * @param amount the amount reclaimed
	 * @param dueDate the day by which it is to be repaid
	 * @param overdue whether that day has passed with money outstanding
	 * @param ineffectiveFrom the day the grant became ineffective: interest runs from it
	 * @param interestMargin the percentage points above the base rate
	 * @param repaid what finance confirmed as received
	 * @param outstanding what is still to be repaid
	 * @param repayments the confirmed repayments, oldest first
	 * @param noticePath the clawback notice as issued (PDF)
	 */
	public record ClawbackView(Money paid, Money recognised, Money amount, LocalDate dueDate, boolean overdue,
			LocalDate ineffectiveFrom, BigDecimal interestMargin, Money repaid, Money outstanding,
			List<RepaymentRow> repayments, String noticePath) {

		public boolean isSettled() {
			return this.outstanding.isZero();
		}

	}

	/** One repayment as finance confirmed it. */
	public record RepaymentRow(Instant confirmedAt, Money amount, String confirmedBy) {
	}

}
