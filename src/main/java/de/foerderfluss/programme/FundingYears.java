package de.foerderfluss.programme;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface FundingYears extends JpaRepository<FundingYear, Long> {

	List<FundingYear> findByYear(int year);

	List<FundingYear> findByProgrammeIdOrderByYear(Long programmeId);

	List<FundingYear> findByOpenForApplicationsTrueOrderByYearAscIdAsc();

	Optional<FundingYear> findByProgrammeCodeAndYear(String programmeCode, int year);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select y from FundingYear y where y.id = :id")
	Optional<FundingYear> lockById(Long id);

}
