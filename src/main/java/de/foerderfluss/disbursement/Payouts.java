package de.foerderfluss.disbursement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Payouts extends JpaRepository<Payout, Long> {

	List<Payout> findAllByOrderByIdDesc();

	List<Payout> findByStatusOrderByIdDesc(PayoutStatus status);

	List<Payout> findByApplicationIdOrderById(Long applicationId);

	Optional<Payout> findByFundCallId(Long fundCallId);

}
