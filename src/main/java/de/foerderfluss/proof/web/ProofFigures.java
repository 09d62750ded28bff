package de.foerderfluss.proof.web;

import java.util.List;

import de.foerderfluss.shared.Money;

/**
 * The figures of a proof of use line by line, with the totals and how many lines exceed
 * their plan by more than the tolerance.
 *
 * @param lines the cost lines in the order of the cost plan
 * @param planned the planned total
 * @param spent the spent total
 * @param deviation the deviation of the total from the plan, e.g. {@code −2,1 %}
 * @param flagged how many lines are beyond the tolerance
 * @param tolerancePercent the tolerance per line
 * @param perLine whether lines are held against their plan (not for a flat rate)
 */
public record ProofFigures(List<Line> lines, Money planned, Money spent, String deviation, long flagged,
		int tolerancePercent, boolean perLine) {

	/**
	 * One cost line: the category (a key of {@code cost-category.*}), the description,
	 * what was planned and spent, the deviation in percent as text, and whether it is
	 * beyond the tolerance.
	 */
	public record Line(String category, String description, Money planned, Money spent, String deviation,
			boolean flagged) {
	}

}
