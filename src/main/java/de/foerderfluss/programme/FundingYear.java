package de.foerderfluss.programme;

import java.time.LocalDate;

import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One year of a programme with the allocation the authority may forward. */
@Entity
@Table(name = "funding_year")
public class FundingYear {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id")
	private Programme programme;

	@Column(name = "calendar_year")
	private int year;

	private Money allocation;

	private boolean openForApplications;

	/** The last file number handed out; read and raised under a row lock. */
	private int lastFileNumber;

	protected FundingYear() {
	}

	public FundingYear(Programme programme, int year, Money allocation) {
		this.programme = programme;
		this.year = year;
		this.allocation = allocation;
		this.openForApplications = true;
	}

	/**
	 * The next file number of this year, e.g. {@code KA-2026-0042}; gapless because it is
	 * part of the caller's transaction.
	 */
	String nextFileNumber() {
		this.lastFileNumber++;
		return "%s-%d-%04d".formatted(this.programme.getCode(), this.year, this.lastFileNumber);
	}

	public boolean covers(LocalDate date) {
		return date.getYear() == this.year;
	}

	public Long getId() {
		return this.id;
	}

	public Programme getProgramme() {
		return this.programme;
	}

	public int getYear() {
		return this.year;
	}

	public Money getAllocation() {
		return this.allocation;
	}

	public boolean isOpenForApplications() {
		return this.openForApplications;
	}

	public void close() {
		this.openForApplications = false;
	}

	void open() {
		this.openForApplications = true;
	}

	/**
	 * The allocation (Landeszuweisung) may be raised or lowered, but never below what its
	 * modules have been given: the modules share the year's money, they do not add to it.
	 */
	void changeAllocation(Money allocation, Money distributed) {
		requireNotNegative(allocation);
		if (allocation.isLessThan(distributed)) {
			throw new InvalidInputException("allocation", "admin.error.year.below-distributed", distributed.amount());
		}
		this.allocation = allocation;
	}

	/** Whether modules with these allocations fit into the year's allocation. */
	void requireRoomFor(Money modulesTotal) {
		if (modulesTotal.isGreaterThan(this.allocation)) {
			throw new InvalidInputException("allocation", "admin.error.year.modules-exceed", modulesTotal.amount(),
					this.allocation.amount());
		}
	}

	static void requireNotNegative(Money allocation) {
		if (allocation.isNegative()) {
			throw new InvalidInputException("allocation", "admin.error.allocation.negative");
		}
	}

}
