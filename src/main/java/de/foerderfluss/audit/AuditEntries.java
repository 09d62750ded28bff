package de.foerderfluss.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append-only: there is no update and no delete. */
interface AuditEntries extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	List<AuditEntry> findByApplicationIdOrderById(Long applicationId);

}
