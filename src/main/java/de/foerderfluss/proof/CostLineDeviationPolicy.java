package de.foerderfluss.proof;

import java.util.List;

import de.foerderfluss.shared.Money;

/**
 * The approved total is binding, but a single cost line may exceed its plan by up to the
 * tolerance (20 %) where other lines offset it. Lines beyond that are flagged for the
 * audit. A flat rate has no such rule ({@link #flatRate()}).
 */
public final class CostLineDeviationPolicy {

	private final int tolerancePercent;

	private final boolean perLine;

	public CostLineDeviationPolicy(int tolerancePercent) {
		this(tolerancePercent, true);
	}

	private CostLineDeviationPolicy(int tolerancePercent, boolean perLine) {
		this.tolerancePercent = tolerancePercent;
		this.perLine = perLine;
	}

	/**
	 * A flat rate is granted and audited as a whole: no line is held against its plan,
	 * none is flagged.
	 */
	public static CostLineDeviationPolicy flatRate() {
		return new CostLineDeviationPolicy(0, false);
	}

	/** Whether lines are held against their plan at all (not for a flat rate). */
	public boolean appliesPerLine() {
		return this.perLine;
	}

	/** The most a line planned at this amount may cost before it is flagged. */
	public Money limit(Money planned) {
		return planned.increasedByPercent(this.tolerancePercent);
	}

	public boolean exceedsTolerance(SpentLine line) {
		return this.perLine && line.getSpent().isGreaterThan(limit(line.getPlanned()));
	}

	public int tolerancePercent() {
		return this.tolerancePercent;
	}

	public List<SpentLine> flagged(List<SpentLine> lines) {
		return lines.stream().filter(this::exceedsTolerance).toList();
	}

}
