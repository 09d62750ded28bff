package de.foerderfluss.programme;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Append-only: entries are saved and read, never updated or deleted. The sum queries
 * answer rows of {@code [type, sum]} (or {@code [groupId, type, sum]}) for
 * {@link BudgetLedger}.
 */
interface LedgerEntries extends Repository<LedgerEntry, Long> {

	LedgerEntry save(LedgerEntry entry);

	List<LedgerEntry> findByApplicationIdOrderById(Long applicationId);

	@Query("select e.type, sum(e.amount) from LedgerEntry e where e.applicationId = :applicationId group by e.type")
	List<Object[]> sumsForApplication(Long applicationId);

	@Query("select e.type, sum(e.amount) from LedgerEntry e where e.fundingModuleId = :fundingModuleId group by e.type")
	List<Object[]> sumsForModule(Long fundingModuleId);

	@Query("select e.fundingModuleId, e.type, sum(e.amount) from LedgerEntry e where e.fundingModuleId in :fundingModuleIds group by e.fundingModuleId, e.type")
	List<Object[]> sumsPerModule(List<Long> fundingModuleIds);

	@Query("select e.municipalityId, e.type, sum(e.amount) from LedgerEntry e where e.fundingModuleId in :fundingModuleIds group by e.municipalityId, e.type")
	List<Object[]> sumsPerMunicipality(List<Long> fundingModuleIds);

}
