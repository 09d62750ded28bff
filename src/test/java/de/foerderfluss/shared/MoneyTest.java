package de.foerderfluss.shared;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTest {

	@Test
	void keepsExactlyTwoDecimals() {
		assertThat(Money.of("12.5").amount()).isEqualByComparingTo("12.50").hasToString("12.50");
		assertThat(Money.euros(7).amount()).hasToString("7.00");
		assertThat(Money.of("1.10")).isEqualTo(Money.of("1.1"));
	}

	@Test
	void refusesFractionsOfACent() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("0.001"));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of(new BigDecimal("10.005")));
	}

	@Test
	void addsAndSubtractsWithoutRounding() {
		Money sum = Money.sum(Stream.of(Money.of("0.10"), Money.of("0.20"), Money.of("0.30")));
		assertThat(sum).isEqualTo(Money.of("0.60"));
		assertThat(Money.of("100.00").minus(Money.of("100.01"))).isEqualTo(Money.of("-0.01"));
		assertThat(Money.of("2.50").times(3)).isEqualTo(Money.of("7.50"));
	}

	@Test
	void comparesAmounts() {
		assertThat(Money.of("5.00").isGreaterThan(Money.of("4.99"))).isTrue();
		assertThat(Money.of("5.00").min(Money.of("4.99"))).isEqualTo(Money.of("4.99"));
		assertThat(Money.of("5.00").max(Money.of("4.99"))).isEqualTo(Money.of("5.00"));
		assertThat(Money.ZERO.isZero()).isTrue();
		assertThat(Money.of("-1").isNegative()).isTrue();
	}

	@Test
	void raisesByAPercentageRoundingHalfUpToTheCent() {
		assertThat(Money.of("1000.00").increasedByPercent(20)).isEqualTo(Money.of("1200.00"));
		assertThat(Money.of("0.05").increasedByPercent(10)).isEqualTo(Money.of("0.06"));
	}

	@Test
	void printsTheGermanWay() {
		assertThat(MoneyFormat.german(Money.of("1234.56"))).isEqualTo("1.234,56 €");
		assertThat(MoneyFormat.german(Money.of("131000"))).isEqualTo("131.000,00 €");
		assertThat(MoneyFormat.format(Money.of("1234.5"), Locale.ENGLISH)).isEqualTo("1,234.50 €");
	}

}
