package de.foerderfluss.proof;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.foerderfluss.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class InterestCalculatorTest {

	/** The Bundesbank's base rates from 2023, as seeded by migration V16. */
	private static final Map<LocalDate, BigDecimal> RATES = Map.of(LocalDate.of(2023, 1, 1), new BigDecimal("1.62"),
			LocalDate.of(2023, 7, 1), new BigDecimal("3.12"), LocalDate.of(2024, 1, 1), new BigDecimal("3.62"),
			LocalDate.of(2024, 7, 1), new BigDecimal("3.37"), LocalDate.of(2025, 1, 1), new BigDecimal("2.27"),
			LocalDate.of(2025, 7, 1), new BigDecimal("1.27"));

	private final InterestCalculator calculator = new InterestCalculator(RATES, new BigDecimal("5"));

	@Test
	void fivePointsAboveTheBaseRateDayByDayOverAYearOf365Days() {
		// 1 January to 30 June 2024: 182 days (a leap year) at 3.62 + 5 = 8.62 %.
		InterestComputation result = this.calculator.compute(List.of(refund("1000.00", "2024-01-01", "2024-07-01")));

		assertThat(result.periods()).singleElement().satisfies((period) -> {
			assertThat(period.getFirstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
			assertThat(period.getLastDay()).isEqualTo(LocalDate.of(2024, 6, 30));
			assertThat(period.getDays()).isEqualTo(182);
			assertThat(period.getBaseRatePercent()).isEqualByComparingTo("3.62");
			assertThat(period.getRatePercent()).isEqualByComparingTo("8.62");
			assertThat(period.getExactAmount()).isEqualByComparingTo("42.9819178082");
		});
		assertThat(result.total()).isEqualTo(Money.of("42.98"));
	}

	@Test
	void aSpanOverRateChangesIsSplitPerHalfYear() {
		InterestComputation result = this.calculator.compute(List.of(refund("2000.00", "2023-06-15", "2024-01-10")));

		assertThat(result.periods())
			.extracting(InterestPeriod::getFirstDay, InterestPeriod::getLastDay, InterestPeriod::getDays,
					(p) -> p.getRatePercent().stripTrailingZeros().toPlainString(), InterestPeriod::getAmount)
			.containsExactly(tuple(LocalDate.of(2023, 6, 15), LocalDate.of(2023, 6, 30), 16, "6.62", Money.of("5.80")),
					tuple(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31), 184, "8.12", Money.of("81.87")),
					tuple(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 9), 9, "8.62", Money.of("4.25")));
		assertThat(result.total()).isEqualTo(Money.of("91.92"));
	}

	@Test
	void theTwentyNinthOfFebruaryIsADayOfInterestAndTheYearStillHas365() {
		InterestComputation result = this.calculator.compute(List.of(refund("10000.00", "2024-02-28", "2024-03-01")));

		assertThat(result.periods()).singleElement().satisfies((period) -> assertThat(period.getDays()).isEqualTo(2));
		// 10,000 € × 8.62 % × 2 / 365
		assertThat(result.total()).isEqualTo(Money.of("4.72"));
		// A whole leap year counts 366 days over 365.
		assertThat(this.calculator.compute(List.of(refund("1000.00", "2024-01-01", "2025-01-01")))
			.periods()
			.stream()
			.mapToInt(InterestPeriod::getDays)
			.sum()).isEqualTo(366);
	}

	@Test
	void onlyTheTotalIsRoundedHalfUpToTheCent() {
		// One day at 7.27 % and one at 6.27 % on 30 €: 0.005975 € and 0.005153 €.
		InterestComputation result = this.calculator.compute(List.of(refund("30.00", "2025-06-30", "2025-07-02")));

		assertThat(result.periods()).extracting(InterestPeriod::getAmount)
			.containsExactly(Money.of("0.01"), Money.of("0.01"));
		assertThat(result.total()).isEqualTo(Money.of("0.01"));
	}

	@Test
	void theDayTheMoneyComesBackBearsNoInterest() {
		assertThat(this.calculator.compute(List.of(refund("1000.00", "2025-03-01", "2025-03-01"))).periods()).isEmpty();
		assertThat(this.calculator.compute(List.of(refund("1000.00", "2025-03-01", "2025-03-02"))).periods())
			.singleElement()
			.satisfies((period) -> assertThat(period.getLastDay()).isEqualTo(LocalDate.of(2025, 3, 1)));
	}

	@Test
	void eachAccrualIsComputedOnItsOwnAmount() {
		InterestComputation result = this.calculator.compute(List.of(refund("1000.00", "2025-02-01", "2025-03-01"),
				refund("400.00", "2025-03-01", "2025-04-01"), new Accrual(InterestKind.LATE_USE, Money.of("500.00"),
						LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31))));

		assertThat(result.periods())
			.extracting(InterestPeriod::getKind, InterestPeriod::getPrincipal, InterestPeriod::getDays)
			.containsExactly(tuple(InterestKind.REFUND, Money.of("1000.00"), 28),
					tuple(InterestKind.REFUND, Money.of("400.00"), 31),
					tuple(InterestKind.LATE_USE, Money.of("500.00"), 30));
		// 1000 × 7.27 % × 28/365 + 400 × 7.27 % × 31/365 + 500 × 7.27 % × 30/365
		assertThat(result.total()).isEqualTo(Money.of("11.03"));
	}

	@Test
	void aHalfYearWithoutItsBaseRateBlocksTheWholeComputation() {
		assertThatExceptionOfType(BaseRateMissingException.class).isThrownBy(() -> this.calculator.compute(
				List.of(refund("1000.00", "2022-12-01", "2023-02-01"), refund("1000.00", "2025-12-01", "2027-01-15"))))
			.satisfies((ex) -> {
				assertThat(ex.missing()).containsExactly(LocalDate.of(2022, 7, 1), LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1));
				assertThat(ex.messageCode()).isEqualTo("error.interest.base-rate-missing");
				assertThat(ex.arguments()).containsExactly("01.07.2022, 01.01.2026, 01.07.2026, 01.01.2027");
			});
	}

	private static Accrual refund(String amount, String from, String until) {
		return new Accrual(InterestKind.REFUND, Money.of(amount), LocalDate.parse(from), LocalDate.parse(until));
	}

}
