package de.foerderfluss.proof;

import java.util.List;

import de.foerderfluss.shared.Money;

/**
 * The approved total is binding, but a single cost line may exceed its plan by up to the
 * tolerance (20 %) where other lines offset it. Lines beyond that are flagged for the
 * audit.
 */
public final class CostLineDeviationPolicy {

	private final int tolerancePercent;

	public CostLineDeviationPolicy(int tolerancePercent) {
		this.tolerancePercent = tolerancePercent;
	}

	/** The most a line planned at this amount may cost before it is flagged. */
	public Money limit(Money planned) {
		return planned.increasedByPercent(this.tolerancePercent);
	}

	public boolean exceedsTolerance(SpentLine line) {
		return line.getSpent().isGreaterThan(limit(line.getPlanned()));
	}

	public int tolerancePercent() {
		return this.tolerancePercent;
	}

	public List<SpentLine> flagged(List<SpentLine> lines) {
		return lines.stream().filter(this::exceedsTolerance).toList();
	}

}
