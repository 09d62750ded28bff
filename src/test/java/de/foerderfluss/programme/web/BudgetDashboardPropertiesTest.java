package de.foerderfluss.programme.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The dashboard's warning threshold: ten percent unless configured, and a real share. */
class BudgetDashboardPropertiesTest {

	@Test
	void tenPercentUnlessConfigured() {
		assertThat(new BudgetDashboardProperties(null).warningPercent()).isEqualTo(10);
		assertThat(new BudgetDashboardProperties(25).warningPercent()).isEqualTo(25);
	}

	@Test
	void aShareOutsideNoughtToAHundredIsRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BudgetDashboardProperties(150))
			.withMessageContaining("warning-percent");
		assertThatIllegalArgumentException().isThrownBy(() -> new BudgetDashboardProperties(-1));
	}

}
