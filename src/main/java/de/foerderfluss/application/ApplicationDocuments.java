package de.foerderfluss.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationDocuments extends JpaRepository<ApplicationDocument, Long> {

	List<ApplicationDocument> findByApplicationIdOrderById(Long applicationId);

	Optional<ApplicationDocument> findFirstByApplicationIdAndKindOrderByIdDesc(Long applicationId, DocumentKind kind);

	boolean existsByApplicationIdAndKind(Long applicationId, DocumentKind kind);

}
