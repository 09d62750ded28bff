package de.foerderfluss.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OutboxMails extends Repository<OutboxMail, Long> {

	OutboxMail save(OutboxMail mail);

	Optional<OutboxMail> findById(Long id);

	List<OutboxMail> findAllByOrderByIdDesc(Limit limit);

	List<OutboxMail> findByStatusInOrderByIdDesc(Collection<OutboxStatus> statuses, Limit limit);

	List<OutboxMail> findByApplicationIdOrderById(Long applicationId);

	@Query("select m.id from OutboxMail m where m.status = :status and m.nextAttemptAt <= :now"
			+ " order by m.nextAttemptAt, m.id")
	List<Long> findDue(OutboxStatus status, Instant now, Limit limit);

	/**
	 * Takes a due mail for one sender by moving its next attempt to the end of a lease:
	 * of several nodes, only the one whose update finds it still due gets 1.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update OutboxMail m set m.nextAttemptAt = :leaseEnd, m.version = m.version + 1"
			+ " where m.id = :id and m.status = :status and m.nextAttemptAt <= :now")
	int claim(Long id, OutboxStatus status, Instant now, Instant leaseEnd);

	/** Notes on due mails why they wait, without counting an attempt. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update OutboxMail m set m.lastError = :reason, m.version = m.version + 1"
			+ " where m.status = :status and m.nextAttemptAt <= :now and (m.lastError is null or m.lastError <> :reason)")
	int noteWaiting(OutboxStatus status, Instant now, String reason);

}
