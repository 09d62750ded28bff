package de.foerderfluss.proof;

import java.util.List;

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

	public boolean exceedsTolerance(SpentLine line) {
		return line.getSpent().isGreaterThan(line.getPlanned().increasedByPercent(this.tolerancePercent));
	}

	public List<SpentLine> flagged(List<SpentLine> lines) {
		return lines.stream().filter(this::exceedsTolerance).toList();
	}

}
