package de.foerderfluss.application;

import de.foerderfluss.programme.FinancingForm;
import de.foerderfluss.programme.FinancingTerms;
import de.foerderfluss.programme.FinancingType;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FinancingPlanTest {

	private static final FinancingTerms SHORTFALL = new FinancingTerms(FinancingType.SHORTFALL, FinancingForm.GRANT,
			null, null);

	private static final FinancingTerms SHARE = new FinancingTerms(FinancingType.SHARE, FinancingForm.GRANT, 80, null);

	private static FinancingPlan plan(String total, String own, String third, String income, String grant) {
		return new FinancingPlan(Money.of(total), Money.of(own), Money.of(third), Money.of(income), Money.of(grant));
	}

	@Test
	void aPlanThatAddsUpToTheCentIsRight() {
		FinancingPlan plan = plan("3200.00", "700.00", "450.50", "49.50", "2000.00");

		assertThat(plan.problems(SHORTFALL)).isEmpty();
		assertThat(plan.covered()).isEqualTo(Money.of("3200.00"));
		assertThat(plan.grantPercent()).isEqualTo(62);
	}

	@Test
	void aPlanOneCentShortOrOverDoesNotAddUp() {
		assertThat(plan("3200.00", "700.00", "0.00", "0.00", "2499.99").problems(SHORTFALL)).singleElement()
			.satisfies((problem) -> {
				assertThat(problem.field()).isEqualTo("requestedGrant");
				assertThat(problem.code()).isEqualTo("error.financing.does-not-add-up");
				assertThat(problem.arguments()).containsExactly(Money.of("3199.99").amount(),
						Money.of("3200.00").amount());
			});
		assertThat(plan("3200.00", "700.00", "0.00", "0.00", "2500.01").problems(SHORTFALL)).hasSize(1);
	}

	@Test
	void negativeSourcesAndANoGrantAreNamedAtTheirFields() {
		assertThat(plan("1000.00", "-100.00", "0.00", "-1.00", "0.00").problems(SHORTFALL))
			.extracting(FinancingPlan.Problem::field)
			.containsExactly("ownFunds", "income", "requestedGrant");
	}

	@Test
	void aShareFinancingCapsTheGrantAtItsShareOfTheTotalCosts() {
		assertThat(plan("1000.00", "200.00", "0.00", "0.00", "800.00").problems(SHARE)).isEmpty();
		assertThat(plan("1000.00", "199.99", "0.00", "0.00", "800.01").problems(SHARE)).singleElement()
			.satisfies((problem) -> {
				assertThat(problem.code()).isEqualTo("error.financing.above-share");
				assertThat(problem.arguments()).containsExactly(80, Money.of("800.00").amount());
			});
		// The share is cut to the cent below, never rounded up.
		assertThat(plan("333.33", "66.67", "0.00", "0.00", "266.66").problems(SHARE)).isEmpty();
		assertThat(plan("333.33", "66.66", "0.00", "0.00", "266.67").problems(SHARE)).hasSize(1);
	}

	@Test
	void shortfallAndFixedAmountFinancingTakeTheWholeGapWhenThePlanAddsUp() {
		FinancingPlan wholeCost = plan("1000.00", "0.00", "0.00", "0.00", "1000.00");
		assertThat(wholeCost.problems(SHORTFALL)).isEmpty();
		assertThat(wholeCost.problems(new FinancingTerms(FinancingType.FIXED_AMOUNT, null, null, null))).isEmpty();
	}

	@Test
	void anInvalidPlanIsRefusedAtItsFieldUnderThePrefix() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> plan("1000.00", "0.00", "0.00", "0.00", "900.00").requireValid(SHORTFALL, "financing."))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("financing.requestedGrant"));
	}

	@Test
	void theTermsDefaultToAShortfallGrantAndNameTheShare() {
		FinancingTerms defaults = new FinancingTerms(null, null, null, null);
		assertThat(defaults.type()).isEqualTo(FinancingType.SHORTFALL);
		assertThat(defaults.form()).isEqualTo(FinancingForm.GRANT);
		assertThat(defaults.typeLabel()).isEqualTo("Fehlbedarfsfinanzierung");
		assertThat(SHARE.typeLabel()).isEqualTo("Anteilfinanzierung (80 %)");
		assertThat(new FinancingTerms(FinancingType.FIXED_AMOUNT, null, null, null).typeLabel())
			.isEqualTo("Festbetragsfinanzierung");
	}

}
