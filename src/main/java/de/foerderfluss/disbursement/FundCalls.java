package de.foerderfluss.disbursement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FundCalls extends JpaRepository<FundCall, Long> {

	List<FundCall> findByApplicationIdOrderById(Long applicationId);

	/** The application of a fund call, without loading the fund call itself. */
	@Query("select f.applicationId from FundCall f where f.id = :id")
	Optional<Long> findApplicationIdById(Long id);

	List<FundCall> findByApplicationIdAndStatusIn(Long applicationId, Collection<FundCallStatus> statuses);

	List<FundCall> findByStatusOrderById(FundCallStatus status);

	List<FundCall> findByStatusOrderByNeededOnAscIdAsc(FundCallStatus status);

}
