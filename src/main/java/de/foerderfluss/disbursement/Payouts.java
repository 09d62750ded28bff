package de.foerderfluss.disbursement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Payouts extends JpaRepository<Payout, Long>, JpaSpecificationExecutor<Payout> {

	List<Payout> findAllByOrderByIdDesc();

	boolean existsByIban(String iban);

	List<Payout> findByStatusOrderByIdDesc(PayoutStatus status);

	List<Payout> findByApplicationIdOrderById(Long applicationId);

	Optional<Payout> findByFundCallId(Long fundCallId);

	@Query("select p from Payout p where p.releasedAt >= :from and p.releasedAt < :until order by p.releasedAt, p.id")
	List<Payout> findReleasedBetween(Instant from, Instant until);

}
