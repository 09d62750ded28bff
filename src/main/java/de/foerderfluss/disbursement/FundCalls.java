package de.foerderfluss.disbursement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundCalls extends JpaRepository<FundCall, Long> {

	List<FundCall> findByApplicationIdOrderById(Long applicationId);

	List<FundCall> findByApplicationIdAndStatusIn(Long applicationId, Collection<FundCallStatus> statuses);

	List<FundCall> findByStatusOrderById(FundCallStatus status);

	List<FundCall> findByStatusOrderByNeededOnAscIdAsc(FundCallStatus status);

}
