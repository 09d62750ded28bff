package de.foerderfluss.disbursement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.foerderfluss.application.Application;
import de.foerderfluss.shared.GermanDates;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which payouts finance looks for: released in a period (both days included, German
 * time), in a status, and matching a text in the file number or the payee's name. Every
 * part is optional.
 *
 * @param from first day of release
 * @param to last day of release
 * @param status status of the payout
 * @param text part of the file number or of the payee's name, any case
 */
public record PayoutSearch(LocalDate from, LocalDate to, PayoutStatus status, String text) {

	public PayoutSearch {
		text = (text != null && !text.isBlank()) ? text.strip() : null;
	}

	public static PayoutSearch all() {
		return new PayoutSearch(null, null, null, null);
	}

	/** Whether a period with both ends is given. */
	public boolean hasPeriod() {
		return this.from != null && this.to != null;
	}

	Specification<Payout> specification() {
		return (root, query, cb) -> {
			List<Predicate> conditions = new ArrayList<>();
			if (this.from != null) {
				conditions.add(cb.greaterThanOrEqualTo(root.get("releasedAt"),
						this.from.atStartOfDay(GermanDates.ZONE).toInstant()));
			}
			if (this.to != null) {
				conditions.add(cb.lessThan(root.get("releasedAt"),
						this.to.plusDays(1).atStartOfDay(GermanDates.ZONE).toInstant()));
			}
			if (this.status != null) {
				conditions.add(cb.equal(root.get("status"), this.status));
			}
			if (this.text != null) {
				String pattern = "%" + this.text.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				Subquery<Long> fileNumbers = query.subquery(Long.class);
				Root<Application> application = fileNumbers.from(Application.class);
				fileNumbers.select(application.get("id"))
					.where(cb.like(cb.lower(application.get("fileNumber")), pattern, '\\'));
				conditions.add(cb.or(cb.like(cb.lower(root.get("payeeName")), pattern, '\\'),
						root.get("applicationId").in(fileNumbers)));
			}
			return cb.and(conditions.toArray(Predicate[]::new));
		};
	}

}
