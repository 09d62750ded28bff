package de.foerderfluss.proof;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Clawbacks extends JpaRepository<Clawback, Long> {

	Optional<Clawback> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
