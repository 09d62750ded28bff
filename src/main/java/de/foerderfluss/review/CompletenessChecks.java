package de.foerderfluss.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompletenessChecks extends JpaRepository<CompletenessCheck, Long> {

	List<CompletenessCheck> findByApplicationIdOrderById(Long applicationId);

}
