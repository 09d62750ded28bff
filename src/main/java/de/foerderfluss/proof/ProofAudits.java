package de.foerderfluss.proof;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProofAudits extends JpaRepository<ProofAudit, Long> {

	Optional<ProofAudit> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

	List<ProofAudit> findByApplicationIdInOrderById(Collection<Long> applicationIds);

}
