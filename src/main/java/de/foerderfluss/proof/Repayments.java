package de.foerderfluss.proof;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Repayments extends JpaRepository<Repayment, Long> {

	List<Repayment> findByApplicationIdOrderById(Long applicationId);

}
