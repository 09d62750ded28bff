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
		ClawbackView clawback, String auditPath, String repaymentPath) {

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
	 * @param interestRate the annual interest in percent set in the notice
	 * @param interestMargin the percentage points above the base rate
	 * @param repaid what finance confirmed as received
	 * @param outstanding what is still to be repaid
	 * @param repayments the confirmed repayments, oldest first
	 * @param noticePath the clawback notice as issued (PDF)
	 */
	public record ClawbackView(Money paid, Money recognised, Money amount, LocalDate dueDate, boolean overdue,
			BigDecimal interestRate, BigDecimal interestMargin, Money repaid, Money outstanding,
			List<RepaymentRow> repayments, String noticePath) {

		public boolean isSettled() {
			return this.outstanding.isZero();
		}

	}

	/** One repayment as finance confirmed it. */
	public record RepaymentRow(Instant confirmedAt, Money amount, String confirmedBy) {
	}

}
