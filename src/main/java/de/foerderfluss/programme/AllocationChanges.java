package de.foerderfluss.programme;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append-only: changes are saved and read, never updated or deleted. */
interface AllocationChanges extends Repository<AllocationChange, Long> {

	AllocationChange save(AllocationChange change);

	List<AllocationChange> findByFundingYearIdOrderByIdDesc(Long fundingYearId);

}
