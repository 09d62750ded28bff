package de.foerderfluss.application.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.application.CostCategory;
import de.foerderfluss.programme.FinancingForm;
import de.foerderfluss.programme.FinancingType;
import de.foerderfluss.shared.Money;

/** An application as the API shows it, with its cost plan, documents and history. */
record ApplicationView(Long id, String fileNumber, ApplicationStatus status, String programme, int fundingYear,
		String module, String title, String summary, String municipality, LocalDate startDate, LocalDate endDate,
		Integer rooms, CarrierRef carrier, List<CostItemView> costItems, Money requestedAmount, FinancingView financing,
		boolean alreadyStarted, boolean earlyStartRequested, String earlyStartReason, EligibilityView eligibility,
		Money recommendedAmount, Money approvedAmount, Money calledAmount, Money paidAmount, Money remainingAmount,
		Money recognisedAmount, Money repaymentAmount, Money repaidAmount, String rejectionReason, boolean proofOverdue,
		Instant submittedAt, List<DocumentView> documents, List<HistoryView> history) {

	record CarrierRef(Long id, String name) {
	}

	record CostItemView(Long id, CostCategory category, String description, Money amount) {
	}

	/**
	 * The financing plan and the module's type and form of financing from the
	 * configuration.
	 */
	record FinancingView(Money totalCosts, Money ownFunds, Money thirdPartyFunds, Money income, Money requestedGrant,
			FinancingType type, FinancingForm form) {
	}

	record EligibilityView(boolean eligible, Money maximumAmount, boolean flatRate, String note) {
	}

	record DocumentView(Long id, String kind, String filename, String contentType, long size, Instant uploadedAt,
			String href) {
	}

	record HistoryView(Instant at, String actor, String action, String statusBefore, String statusAfter,
			String detail) {
	}

}
