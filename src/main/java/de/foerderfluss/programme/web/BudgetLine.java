package de.foerderfluss.programme.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import de.foerderfluss.programme.BudgetFigures;
import de.foerderfluss.shared.Money;

/**
 * One line of the budget dashboard (the total, a module or a municipality): the figures,
 * the stacked bar and how far the allocation is used.
 *
 * @param figures the figures of the line; a municipality has no allocation
 * @param bound what counts against the allocation: reserved + committed + disbursed −
 * repaid
 * @param bar the widths of the bar's parts
 * @param usedPercent the share of the allocation bound, or null without an allocation
 * @param nearlyExhausted whether less than the warning threshold remains available
 */
public record BudgetLine(BudgetFigures figures, Money bound, Bar bar, BigDecimal usedPercent, boolean nearlyExhausted) {

	/**
	 * A line whose bar is drawn against its own allocation, or against the given scale
	 * where it has none (municipalities, drawn against the largest of them).
	 */
	static BudgetLine of(BudgetFigures figures, Money scale, int warningPercent) {
		Money bound = boundOf(figures);
		Money allocated = figures.allocated();
		Money paidNet = figures.disbursed().minus(figures.repaid()).max(Money.ZERO);
		Money base = (allocated != null) ? allocated : scale;
		Bar bar = new Bar(share(paidNet, base), share(figures.committed(), base), share(figures.reserved(), base));
		BigDecimal used = (allocated != null && allocated.isPositive()) ? percent(bound, allocated) : null;
		boolean low = allocated != null && allocated.isPositive()
				&& percent(figures.available(), allocated).compareTo(BigDecimal.valueOf(warningPercent)) < 0;
		return new BudgetLine(figures, bound, bar, used, low);
	}

	/** What counts against the allocation: reserved + committed + disbursed − repaid. */
	static Money boundOf(BudgetFigures figures) {
		return figures.reserved().plus(figures.committed()).plus(figures.disbursed()).minus(figures.repaid());
	}

	/** The share of the allocation still available, or null without an allocation. */
	public BigDecimal getAvailablePercent() {
		return (this.usedPercent != null) ? BigDecimal.valueOf(100).subtract(this.usedPercent) : null;
	}

	public boolean isExhausted() {
		return this.figures.available() != null && !this.figures.available().isPositive();
	}

	private static BigDecimal percent(Money part, Money whole) {
		return part.amount().multiply(BigDecimal.valueOf(100)).divide(whole.amount(), 1, RoundingMode.HALF_UP);
	}

	/** The part's width in percent of the whole, for CSS; never more than the whole. */
	private static String share(Money part, Money whole) {
		if (whole == null || !whole.isPositive() || !part.isPositive()) {
			return "0";
		}
		BigDecimal width = part.amount()
			.multiply(BigDecimal.valueOf(100))
			.divide(whole.amount(), 2, RoundingMode.HALF_UP)
			.min(BigDecimal.valueOf(100));
		return width.toPlainString();
	}

	/**
	 * The widths of the stacked bar in percent: paid out (net of repayments), committed,
	 * reserved.
	 */
	public record Bar(String disbursed, String committed, String reserved) {

		/** Where the committed part begins. */
		public String committedFrom() {
			return new BigDecimal(this.disbursed).toPlainString();
		}

		/** Where the reserved part begins. */
		public String reservedFrom() {
			return new BigDecimal(this.disbursed).add(new BigDecimal(this.committed)).toPlainString();
		}

	}

}
