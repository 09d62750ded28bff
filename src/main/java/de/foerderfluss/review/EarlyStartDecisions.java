package de.foerderfluss.review;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EarlyStartDecisions extends JpaRepository<EarlyStartDecision, Long> {

	Optional<EarlyStartDecision> findByApplicationId(Long applicationId);

}
