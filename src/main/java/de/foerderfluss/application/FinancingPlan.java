package de.foerderfluss.application;

import java.util.ArrayList;
import java.util.List;

import de.foerderfluss.programme.FinancingTerms;
import de.foerderfluss.programme.FinancingType;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;

/**
 * The financing plan of an application (Finanzierungsplan): the total costs of the cost
 * plan are covered by own funds, third-party funds, income and the requested grant, and
 * the plan adds up to the cent.
 *
 * @param totalCosts the total of the cost plan
 * @param ownFunds the carrier's own money (Eigenmittel)
 * @param thirdPartyFunds money from others, such as a foundation or the town
 * (Drittmittel)
 * @param income what the measure earns, such as fees (Einnahmen)
 * @param requestedGrant the grant applied for (beantragte Zuwendung)
 */
public record FinancingPlan(Money totalCosts, Money ownFunds, Money thirdPartyFunds, Money income,
		Money requestedGrant) {

	/** What the carrier declares beside the cost plan. */
	public record Sources(Money ownFunds, Money thirdPartyFunds, Money income, Money requestedGrant) {

		/** The whole cost applied for, nothing else declared. */
		public static Sources grantOnly(Money totalCosts) {
			return new Sources(Money.ZERO, Money.ZERO, Money.ZERO, totalCosts);
		}

	}

	public static FinancingPlan of(Money totalCosts, Sources sources) {
		return new FinancingPlan(totalCosts, sources.ownFunds(), sources.thirdPartyFunds(), sources.income(),
				sources.requestedGrant());
	}

	/** Own funds, third-party funds, income and requested grant together. */
	public Money covered() {
		return this.ownFunds.plus(this.thirdPartyFunds).plus(this.income).plus(this.requestedGrant);
	}

	/** The share of the total costs the grant covers, in whole percent rounded down. */
	public int grantPercent() {
		if (!this.totalCosts.isPositive()) {
			return 0;
		}
		return this.requestedGrant.amount()
			.multiply(java.math.BigDecimal.valueOf(100))
			.divide(this.totalCosts.amount(), 0, java.math.RoundingMode.DOWN)
			.intValue();
	}

	/**
	 * What is wrong with the plan under the module's terms, each against its field
	 * ({@code ownFunds}, {@code thirdPartyFunds}, {@code income},
	 * {@code requestedGrant}), with a message code of the bundles; empty when the plan is
	 * right.
	 */
	public List<Problem> problems(FinancingTerms terms) {
		List<Problem> problems = new ArrayList<>();
		notNegative(problems, "ownFunds", this.ownFunds);
		notNegative(problems, "thirdPartyFunds", this.thirdPartyFunds);
		notNegative(problems, "income", this.income);
		if (!this.requestedGrant.isPositive()) {
			problems.add(new Problem("requestedGrant", "error.financing.grant-positive"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		if (!covered().equals(this.totalCosts)) {
			problems.add(new Problem("requestedGrant", "error.financing.does-not-add-up", covered().amount(),
					this.totalCosts.amount()));
		}
		else if (terms.type() == FinancingType.SHARE) {
			Money most = shareOf(terms.sharePercent());
			if (this.requestedGrant.isGreaterThan(most)) {
				problems.add(new Problem("requestedGrant", "error.financing.above-share", terms.sharePercent(),
						most.amount()));
			}
		}
		return problems;
	}

	/** Refuses a plan with a problem, naming the first at its field. */
	public FinancingPlan requireValid(FinancingTerms terms, String fieldPrefix) {
		List<Problem> problems = problems(terms);
		if (!problems.isEmpty()) {
			Problem first = problems.get(0);
			throw new InvalidInputException(fieldPrefix + first.field(), first.code(), first.arguments());
		}
		return this;
	}

	/** The share of the total costs, in cents rounded down. */
	Money shareOf(int percent) {
		return Money.of(this.totalCosts.amount()
			.multiply(java.math.BigDecimal.valueOf(percent))
			.divide(java.math.BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN));
	}

	private static void notNegative(List<Problem> problems, String field, Money amount) {
		if (amount.isNegative()) {
			problems.add(new Problem(field, "error.financing.not-negative"));
		}
	}

	/** One thing wrong with a plan: the field, the message code and its arguments. */
	public record Problem(String field, String code, Object... arguments) {
	}

}
