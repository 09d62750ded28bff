package de.foerderfluss.programme;

import java.time.Instant;

import de.foerderfluss.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Who set the allocation of a funding year or of one of its modules, when, and from what
 * to what. Allocations set when the year was created have no previous value.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Immutable
@Table(name = "allocation_change")
public class AllocationChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long fundingYearId;

	/** Null for the year's own allocation. */
	private Long fundingModuleId;

	private Money previousAllocation;

	private Money allocation;

	@CreatedDate
	private Instant changedAt;

	@CreatedBy
	private String changedBy;

	protected AllocationChange() {
	}

	AllocationChange(Long fundingYearId, Long fundingModuleId, Money previousAllocation, Money allocation) {
		this.fundingYearId = fundingYearId;
		this.fundingModuleId = fundingModuleId;
		this.previousAllocation = previousAllocation;
		this.allocation = allocation;
	}

	public Long getId() {
		return this.id;
	}

	public Long getFundingYearId() {
		return this.fundingYearId;
	}

	public Long getFundingModuleId() {
		return this.fundingModuleId;
	}

	public Money getPreviousAllocation() {
		return this.previousAllocation;
	}

	public Money getAllocation() {
		return this.allocation;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

}
