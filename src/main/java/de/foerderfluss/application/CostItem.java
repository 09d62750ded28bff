package de.foerderfluss.application;

import de.foerderfluss.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a cost plan. */
@Entity
@Table(name = "cost_item")
public class CostItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private CostCategory category;

	private String description;

	private Money amount;

	protected CostItem() {
	}

	public CostItem(CostCategory category, String description, Money amount) {
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("A cost item needs a positive amount");
		}
		this.category = category;
		this.description = description;
		this.amount = amount;
	}

	public Long getId() {
		return this.id;
	}

	public CostCategory getCategory() {
		return this.category;
	}

	public String getDescription() {
		return this.description;
	}

	public Money getAmount() {
		return this.amount;
	}

}
