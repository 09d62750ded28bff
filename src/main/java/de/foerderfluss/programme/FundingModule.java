package de.foerderfluss.programme;

import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A module (Baustein) of a funding year with its share of the allocation. Each module is
 * one budget line: reservations are checked and serialised per module.
 */
@Entity
@Table(name = "funding_module")
public class FundingModule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "funding_year_id")
	private FundingYear fundingYear;

	/** A, B, C or D. */
	private String code;

	private String name;

	private String description;

	private Money allocation;

	protected FundingModule() {
	}

	public FundingModule(FundingYear fundingYear, String code, String name, String description, Money allocation) {
		this.fundingYear = fundingYear;
		this.code = code;
		this.name = name;
		this.description = description;
		this.allocation = allocation;
	}

	/**
	 * Changes the module's share of the year's allocation. Never below what is booked on
	 * the line (reserved + committed + disbursed − repaid, invariant 1), and never so
	 * high that the modules together exceed the year's allocation. The caller holds the
	 * locks of the year and of this budget line, so no booking slips in between.
	 * @param allocation the new allocation
	 * @param booked what is booked on this line now
	 * @param otherModules the allocations of the year's other modules together
	 */
	void changeAllocation(Money allocation, BudgetPosition booked, Money otherModules) {
		FundingYear.requireNotNegative(allocation);
		if (allocation.isLessThan(booked.bound())) {
			throw new InvalidInputException("allocation", "admin.error.module.below-booked", booked.bound().amount());
		}
		Money room = this.fundingYear.getAllocation().minus(otherModules);
		if (allocation.isGreaterThan(room)) {
			throw new InvalidInputException("allocation", "admin.error.module.above-year", room.amount(),
					this.fundingYear.getAllocation().amount());
		}
		this.allocation = allocation;
	}

	/** How the budget line is named in notices and errors, e.g. "KA 2026 Baustein B". */
	public String budgetLine() {
		return "%s %d Baustein %s".formatted(this.fundingYear.getProgramme().getCode(), this.fundingYear.getYear(),
				this.code);
	}

	public Long getId() {
		return this.id;
	}

	public FundingYear getFundingYear() {
		return this.fundingYear;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public Money getAllocation() {
		return this.allocation;
	}

}
