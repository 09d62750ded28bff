package de.foerderfluss.review.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.application.CostCategory;
import de.foerderfluss.shared.Money;

/**
 * An application as the review pages show it: the essentials, the cost plan, the uploads
 * and what the rules found.
 *
 * @param budgetLine where the money is booked, e.g. "KA 2026 Baustein B"
 * @param eligibility the result of the rules, or null before they ran
 * @param grantableMaximum what was asked for, capped by the rules
 */
public record CaseFile(Long id, String fileNumber, ApplicationStatus status, String title, String summary,
		String carrier, String programme, String programmeCode, int year, String moduleCode, String moduleName,
		String budgetLine, String municipality, LocalDate startDate, LocalDate endDate, Integer rooms,
		Instant submittedAt, String submittedBy, Money requestedAmount, List<CostLine> costItems,
		List<Upload> documents, Eligibility eligibility, Money grantableMaximum, Money recommendedAmount) {

	/** One line of the cost plan. */
	public record CostLine(CostCategory category, String description, Money amount) {
	}

	/** A document the carrier uploaded, with its download path. */
	public record Upload(Long id, String filename, String contentType, long size, Instant uploadedAt, String path) {

		/** The size as people read it: kB below a megabyte, else MB with one decimal. */
		public String readableSize() {
			if (this.size < 1024 * 1024) {
				return Math.max(1, Math.round(this.size / 1024.0)) + " kB";
			}
			return String.format(java.util.Locale.GERMANY, "%.1f MB", this.size / (1024.0 * 1024.0));
		}

	}

	/**
	 * What the eligibility and limit rules (DMN) recorded.
	 *
	 * @param flatRate whether the module A flat rate per room applies
	 * @param note the rule's note or, if not eligible, the reason
	 */
	public record Eligibility(boolean eligible, Money maximumAmount, boolean flatRate, String note) {
	}

}
