package de.foerderfluss.proof;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Clawbacks extends JpaRepository<Clawback, Long> {

	Optional<Clawback> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

	List<Clawback> findByApplicationIdInOrderById(Collection<Long> applicationIds);

}
