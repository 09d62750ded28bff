package de.foerderfluss.proof;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InterestPayments extends JpaRepository<InterestPayment, Long> {

	List<InterestPayment> findByApplicationIdOrderById(Long applicationId);

}
