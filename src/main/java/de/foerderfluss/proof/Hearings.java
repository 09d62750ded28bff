package de.foerderfluss.proof;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Hearings extends JpaRepository<Hearing, Long> {

	Optional<Hearing> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

	List<Hearing> findByApplicationIdInOrderById(Collection<Long> applicationIds);

}
