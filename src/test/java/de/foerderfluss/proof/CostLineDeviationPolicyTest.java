package de.foerderfluss.proof;

import java.util.List;

import de.foerderfluss.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CostLineDeviationPolicyTest {

	private final CostLineDeviationPolicy policy = new CostLineDeviationPolicy(20);

	private static SpentLine line(String planned, String spent) {
		return new SpentLine(1L, "FEES", "Honorare", Money.of(planned), Money.of(spent));
	}

	@Test
	void aLineMayExceedItsPlanByTwentyPercent() {
		assertThat(this.policy.exceedsTolerance(line("1000.00", "1200.00"))).isFalse();
		assertThat(this.policy.exceedsTolerance(line("1000.00", "1200.01"))).isTrue();
		assertThat(this.policy.exceedsTolerance(line("1000.00", "400.00"))).isFalse();
	}

	@Test
	void theLimitThePageShowsIsTheOneThePolicyFlagsBeyond() {
		assertThat(this.policy.limit(Money.of("1000.00"))).isEqualTo(Money.of("1200.00"));
		assertThat(this.policy.limit(Money.of("333.33"))).isEqualTo(Money.of("400.00"));
		assertThat(this.policy.tolerancePercent()).isEqualTo(20);
	}

	@Test
	void flagsOnlyTheLinesBeyondTheTolerance() {
		SpentLine within = line("2400.00", "2000.00");
		SpentLine beyond = line("1200.00", "1600.00");
		assertThat(this.policy.flagged(List.of(within, beyond))).containsExactly(beyond);
	}

	@Test
	void aFlatRateHoldsNoLineAgainstItsPlan() {
		CostLineDeviationPolicy flatRate = CostLineDeviationPolicy.flatRate();
		SpentLine doubled = line("1000.00", "2000.00");
		assertThat(flatRate.appliesPerLine()).isFalse();
		assertThat(flatRate.exceedsTolerance(doubled)).isFalse();
		assertThat(flatRate.flagged(List.of(doubled))).isEmpty();
		assertThat(this.policy.appliesPerLine()).isTrue();
	}

}
