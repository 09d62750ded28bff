package de.foerderfluss.proof;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InterestClaims extends JpaRepository<InterestClaim, Long> {

	Optional<InterestClaim> findByApplicationId(Long applicationId);

}
