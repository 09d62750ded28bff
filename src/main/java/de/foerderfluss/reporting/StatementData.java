package de.foerderfluss.reporting;

import java.math.BigDecimal;

/**
 * What a payout statement prints, gathered from the payout, its fund call and its case.
 */
record StatementData(Long payoutId, String payee, String payeeAddress, String iban, BigDecimal amount,
		String budgetLine, String fileNumber, String title, String purpose, String fundCall, BigDecimal approvedAmount,
		BigDecimal paidToDate, String verifiedBy, String verifiedAt, String releasedBy, String releasedAt,
		int printNumber, String printedAt) {
}
