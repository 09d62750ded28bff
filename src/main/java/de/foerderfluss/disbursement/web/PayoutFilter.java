package de.foerderfluss.disbursement.web;

import java.time.LocalDate;

import de.foerderfluss.disbursement.PayoutSearch;
import de.foerderfluss.disbursement.PayoutStatus;
import jakarta.validation.constraints.Size;

/**
 * The filters of the payout list as GET parameters: released from and to, status, and a
 * text found in the file number or the payee's name.
 */
record PayoutFilter(LocalDate from, LocalDate to, PayoutStatus status, @Size(max = 100) String q) {

	PayoutSearch search() {
		return new PayoutSearch(this.from, this.to, this.status, this.q);
	}

	boolean isEmpty() {
		return this.from == null && this.to == null && this.status == null && (this.q == null || this.q.isBlank());
	}

}
