package de.foerderfluss.programme;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface FundingModules extends JpaRepository<FundingModule, Long> {

	List<FundingModule> findByFundingYearIdOrderByCode(Long fundingYearId);

	Optional<FundingModule> findByFundingYearIdAndCode(Long fundingYearId, String code);

	List<FundingModule> findByCode(String code);

	@Query("select distinct m.code from FundingModule m order by m.code")
	List<String> findDistinctCodes();

	/** The module's year, without loading the module before it is locked. */
	@Query("select m.fundingYear.id from FundingModule m where m.id = :id")
	Optional<Long> yearIdOf(Long id);

	/** Serialises all bookings on one budget line; see {@link BudgetLedger}. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from FundingModule m where m.id = :id")
	Optional<FundingModule> lockById(Long id);

}
