package de.foerderfluss.application.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.application.CaseOutlook;
import de.foerderfluss.application.CostCategory;
import de.foerderfluss.programme.LedgerEntryType;
import de.foerderfluss.shared.Money;

/**
 * The case page of one application for one person. Parts a person may not see are null:
 * the eligibility result and the budget bookings are for the KI and finance, the
 * carrier's uploads for the carrier and the KI.
 */
record CaseView(Facts facts, List<CostLine> costPlan, Money costTotal, List<DocumentRow> uploads,
		List<NoticeRow> notices, List<CaseOutlook.NoticeInPreparation> noticesInPreparation, List<LedgerRow> ledger,
		List<HistoryRow> history, List<StepView> steps, List<RenderedSection> sections, boolean mayUpload,
		boolean mayWithdraw) {

	/** What the application is about and where its money stands. */
	record Facts(Long id, String fileNumber, String title, String summary, ApplicationStatus status, String carrierName,
			String programmeName, int year, String moduleCode, String moduleName, String municipality,
			LocalDate startDate, LocalDate endDate, Integer rooms, Money requestedAmount, Money recommendedAmount,
			Money approvedAmount, Money paidAmount, Money recognisedAmount, Money repaymentAmount,
			String rejectionReason, Eligibility eligibility, Instant submittedAt, String submittedBy,
			Instant contractAcceptedAt, boolean proofOverdue) {
	}

	/** The rules' result: eligible or not, the most that may be granted, and why. */
	record Eligibility(boolean eligible, Money maximum, boolean flatRate, String note) {
	}

	record CostLine(CostCategory category, String description, Money amount) {
	}

	/** A carrier's upload, downloaded from the API. */
	record DocumentRow(String filename, long size, Instant uploadedAt, String uploadedBy, String href) {

		public long kilobytes() {
			return Math.max(1, (this.size + 1023) / 1024);
		}

	}

	/**
	 * A notice the authority issued, downloaded as issued, with where it stands on its
	 * way to the carrier and to finality ({@code null} for a notice issued before that
	 * was recorded) and whether the person may mark a lawsuit or make it available again.
	 */
	record NoticeRow(String kind, Instant issuedAt, String href, de.foerderfluss.application.Delivery delivery,
			String retrievedBy, boolean staff) {

		public String slug() {
			return de.foerderfluss.application.DocumentKind.valueOf(this.kind).slug();
		}

	}

	record LedgerRow(LedgerEntryType type, Money amount, Instant bookedAt, String bookedBy) {
	}

	/**
	 * One line of the audit log: when, who, the action's code (labelled by the page), the
	 * status before and after, and the detail as the page shows it.
	 */
	record HistoryRow(Instant at, String who, String action, ApplicationStatus before, ApplicationStatus after,
			String detail) {
	}

	/** A part another module contributes: its template and what it shows. */
	record RenderedSection(String template, Object data) {
	}

}
