package de.foerderfluss.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount in euros with exactly two decimals. Every amount in the product is one of
 * these, never a floating point number.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		Objects.requireNonNull(amount, "amount");
		try {
			amount = amount.setScale(2, RoundingMode.UNNECESSARY);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("An amount has at most two decimals: " + amount, ex);
		}
	}

	@JsonCreator
	public static Money of(BigDecimal amount) {
		return new Money(amount);
	}

	public static Money of(String amount) {
		return new Money(new BigDecimal(amount));
	}

	public static Money euros(long euros) {
		return new Money(BigDecimal.valueOf(euros));
	}

	public static Money sum(Stream<Money> amounts) {
		return amounts.reduce(ZERO, Money::plus);
	}

	@Override
	@JsonValue
	public BigDecimal amount() {
		return this.amount;
	}

	public Money plus(Money other) {
		return new Money(this.amount.add(other.amount));
	}

	public Money minus(Money other) {
		return new Money(this.amount.subtract(other.amount));
	}

	public Money times(long factor) {
		return new Money(this.amount.multiply(BigDecimal.valueOf(factor)));
	}

	/** This amount raised by the given percentage, rounded half up to the cent. */
	public Money increasedByPercent(int percent) {
		BigDecimal factor = BigDecimal.valueOf(100 + percent).movePointLeft(2);
		return new Money(this.amount.multiply(factor).setScale(2, RoundingMode.HALF_UP));
	}

	public Money min(Money other) {
		return isGreaterThan(other) ? other : this;
	}

	public Money max(Money other) {
		return isLessThan(other) ? other : this;
	}

	public boolean isPositive() {
		return this.amount.signum() > 0;
	}

	public boolean isNegative() {
		return this.amount.signum() < 0;
	}

	public boolean isZero() {
		return this.amount.signum() == 0;
	}

	public boolean isGreaterThan(Money other) {
		return compareTo(other) > 0;
	}

	public boolean isLessThan(Money other) {
		return compareTo(other) < 0;
	}

	@Override
	public int compareTo(Money other) {
		return this.amount.compareTo(other.amount);
	}

	@Override
	public String toString() {
		return this.amount.toPlainString() + " EUR";
	}

}
