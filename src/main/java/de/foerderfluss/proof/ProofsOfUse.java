package de.foerderfluss.proof;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProofsOfUse extends JpaRepository<ProofOfUse, Long> {

	Optional<ProofOfUse> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
