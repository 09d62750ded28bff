package de.foerderfluss.proof;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import de.foerderfluss.shared.Money;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One line of an interest computation: an amount over days of one base-rate half-year, at
 * the base rate of that half-year plus the margin. The amount is kept unrounded; only the
 * total is rounded to the cent.
 */
@Embeddable
public class InterestPeriod {

	@Enumerated(EnumType.STRING)
	private InterestKind kind;

	private Money principal;

	private LocalDate firstDay;

	private LocalDate lastDay;

	private int days;

	private BigDecimal baseRatePercent;

	private BigDecimal ratePercent;

	private BigDecimal exactAmount;

	protected InterestPeriod() {
	}

	InterestPeriod(InterestKind kind, Money principal, LocalDate firstDay, LocalDate lastDay, int days,
			BigDecimal baseRatePercent, BigDecimal ratePercent, BigDecimal exactAmount) {
		this.kind = kind;
		this.principal = principal;
		this.firstDay = firstDay;
		this.lastDay = lastDay;
		this.days = days;
		this.baseRatePercent = baseRatePercent;
		this.ratePercent = ratePercent;
		this.exactAmount = exactAmount;
	}

	public InterestKind getKind() {
		return this.kind;
	}

	public Money getPrincipal() {
		return this.principal;
	}

	public LocalDate getFirstDay() {
		return this.firstDay;
	}

	/** The last day that bears interest (the day before the money came back). */
	public LocalDate getLastDay() {
		return this.lastDay;
	}

	public int getDays() {
		return this.days;
	}

	public BigDecimal getBaseRatePercent() {
		return this.baseRatePercent;
	}

	/** Base rate plus margin. */
	public BigDecimal getRatePercent() {
		return this.ratePercent;
	}

	public BigDecimal getExactAmount() {
		return this.exactAmount;
	}

	/** The amount rounded to the cent, for display; the total is rounded once. */
	public Money getAmount() {
		return Money.of(this.exactAmount.setScale(2, RoundingMode.HALF_UP));
	}

}
