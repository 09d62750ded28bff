package de.foerderfluss.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Renders payout statements and payout lists from data already gathered. */
@Component
class PayoutDocuments {

	private final Letterhead letterhead;

	private final PdfRenderer renderer;

	PayoutDocuments(Letterhead letterhead, PdfRenderer renderer) {
		this.letterhead = letterhead;
		this.renderer = renderer;
	}

	PdfDocument statement(StatementData data) {
		boolean copy = data.printNumber() > 1;
		Map<String, Object> parameters = new HashMap<>(this.letterhead.document(financeOffice()));
		parameters.put(Layout.REFERENCE, "Nr. " + data.payoutId());
		parameters.put("PAYOUT_ID", data.payoutId());
		parameters.put("PAYEE", data.payee());
		parameters.put("PAYEE_ADDRESS", data.payeeAddress());
		parameters.put("IBAN", data.iban());
		parameters.put("AMOUNT", data.amount());
		parameters.put("BUDGET_LINE", data.budgetLine());
		parameters.put("FILE_NUMBER", data.fileNumber());
		parameters.put("TITLE", data.title());
		parameters.put("PURPOSE", data.purpose());
		parameters.put("FUND_CALL", data.fundCall());
		parameters.put("APPROVED_AMOUNT", data.approvedAmount());
		parameters.put("PAID_TO_DATE", data.paidToDate());
		parameters.put("VERIFIED_BY", data.verifiedBy());
		parameters.put("VERIFIED_AT", data.verifiedAt());
		parameters.put("RELEASED_BY", data.releasedBy());
		parameters.put("RELEASED_AT", data.releasedAt());
		parameters.put("PRINT_NUMBER", data.printNumber());
		parameters.put("PRINTED_AT", data.printedAt());
		parameters.put("COPY", copy);
		String filename = "Auszahlungsanordnung-" + data.payoutId() + (copy ? "-Kopie-" + data.printNumber() : "")
				+ ".pdf";
		return new PdfDocument(filename, this.renderer.render(Layout.PAYOUT_STATEMENT, parameters, List.of()));
	}

	PdfDocument list(String period, List<PayoutListLine> lines) {
		Map<String, Object> parameters = new HashMap<>(this.letterhead.document(financeOffice()));
		parameters.put(Layout.REFERENCE, period);
		parameters.put("PERIOD", period);
		return new PdfDocument("Auszahlungsliste.pdf", this.renderer.render(Layout.PAYOUT_LIST, parameters,
				lines.stream().<Map<String, ?>>map(PayoutListLine::row).toList()));
	}

	private String financeOffice() {
		return this.letterhead.properties().financeOffice();
	}

}
