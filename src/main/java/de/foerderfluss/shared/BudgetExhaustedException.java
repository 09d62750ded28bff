package de.foerderfluss.shared;

/** The budget line cannot cover the amount. */
public class BudgetExhaustedException extends DomainException {

	private final Money available;

	private final Money requested;

	public BudgetExhaustedException(String budgetLine, Money available, Money requested) {
		super("error.budget-exhausted", budgetLine, available.amount(), requested.amount());
		this.available = available;
		this.requested = requested;
	}

	public Money available() {
		return this.available;
	}

	public Money requested() {
		return this.requested;
	}

}
