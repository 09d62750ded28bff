package de.foerderfluss.reporting;

import java.math.BigDecimal;
import java.util.Map;

/** One line of the payout list. */
record PayoutListLine(Long id, String releasedAt, String fileNumber, String payee, String iban, String budgetLine,
		BigDecimal amount) {

	Map<String, ?> row() {
		return Map.of("id", this.id, "releasedAt", this.releasedAt, "fileNumber", this.fileNumber, "payee", this.payee,
				"iban", this.iban, "budgetLine", this.budgetLine, "amount", this.amount);
	}

}
