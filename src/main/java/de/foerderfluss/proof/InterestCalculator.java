package de.foerderfluss.proof;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

import de.foerderfluss.shared.Money;

/**
 * Interest under § 49a Abs. 3 VwVfG NRW: the margin (5 percentage points) above the base
 * rate of § 247 BGB, applied per base-rate half-year, day by day.
 *
 * <p>
 * Day count: actual days over a year of 365 days ("act/365", also in leap years, as
 * courts and authorities compute interest under §§ 247, 288 BGB). The first day bears
 * interest, the day the money comes back or is used does not. Each period's amount is
 * kept exact (ten decimals); the sum is rounded once, half up, to the cent.
 */
final class InterestCalculator {

	/** Days of the interest year (act/365). */
	static final BigDecimal DAY_BASIS = BigDecimal.valueOf(365);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final NavigableMap<LocalDate, BigDecimal> baseRates;

	private final BigDecimal marginPercent;

	InterestCalculator(Map<LocalDate, BigDecimal> baseRates, BigDecimal marginPercent) {
		this.baseRates = new TreeMap<>(baseRates);
		this.marginPercent = marginPercent;
	}

	/**
	 * The periods and total of the accruals; refused, naming every half-year without a
	 * base rate, when the table lacks one.
	 */
	InterestComputation compute(List<Accrual> accruals) {
		List<InterestPeriod> periods = new ArrayList<>();
		TreeSet<LocalDate> missing = new TreeSet<>();
		for (Accrual accrual : accruals) {
			if (accrual.isEmpty()) {
				continue;
			}
			LocalDate cursor = accrual.from();
			while (cursor.isBefore(accrual.until())) {
				LocalDate next = HalfYears.nextStart(cursor);
				LocalDate end = next.isBefore(accrual.until()) ? next : accrual.until();
				LocalDate halfYear = HalfYears.startOf(cursor);
				BigDecimal baseRate = this.baseRates.get(halfYear);
				if (baseRate == null) {
					missing.add(halfYear);
				}
				else {
					periods.add(period(accrual, cursor, end, baseRate));
				}
				cursor = end;
			}
		}
		if (!missing.isEmpty()) {
			throw new BaseRateMissingException(List.copyOf(missing));
		}
		BigDecimal exact = periods.stream()
			.map(InterestPeriod::getExactAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new InterestComputation(this.marginPercent, periods, Money.of(exact.setScale(2, RoundingMode.HALF_UP)));
	}

	private InterestPeriod period(Accrual accrual, LocalDate from, LocalDate until, BigDecimal baseRate) {
		long days = ChronoUnit.DAYS.between(from, until);
		BigDecimal rate = baseRate.add(this.marginPercent);
		BigDecimal amount = accrual.principal()
			.amount()
			.multiply(rate)
			.multiply(BigDecimal.valueOf(days))
			.divide(HUNDRED.multiply(DAY_BASIS), 10, RoundingMode.HALF_UP);
		return new InterestPeriod(accrual.kind(), accrual.principal(), from, until.minusDays(1), (int) days, baseRate,
				rate, amount);
	}

}
