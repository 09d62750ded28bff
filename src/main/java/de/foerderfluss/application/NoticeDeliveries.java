package de.foerderfluss.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeDeliveries extends JpaRepository<NoticeDelivery, Long> {

	Optional<NoticeDelivery> findByDocumentId(Long documentId);

	List<NoticeDelivery> findByApplicationIdOrderByDocumentId(Long applicationId);

	Optional<NoticeDelivery> findFirstByApplicationIdAndKindOrderByDocumentIdDesc(Long applicationId,
			DocumentKind kind);

}
