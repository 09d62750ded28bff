package de.foerderfluss.proof;

import de.foerderfluss.shared.Money;
import jakarta.persistence.Embeddable;

/** What was spent on one line of the cost plan, next to what was planned for it. */
@Embeddable
public class SpentLine {

	private Long costItemId;

	private String category;

	private String description;

	private Money planned;

	private Money spent;

	protected SpentLine() {
	}

	SpentLine(Long costItemId, String category, String description, Money planned, Money spent) {
		this.costItemId = costItemId;
		this.category = category;
		this.description = description;
		this.planned = planned;
		this.spent = spent;
	}

	public Long getCostItemId() {
		return this.costItemId;
	}

	public String getCategory() {
		return this.category;
	}

	public String getDescription() {
		return this.description;
	}

	public Money getPlanned() {
		return this.planned;
	}

	public Money getSpent() {
		return this.spent;
	}

}
