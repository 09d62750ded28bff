package de.foerderfluss.audit;

import java.time.Clock;
import java.util.List;

import de.foerderfluss.shared.AuditRecord;
import de.foerderfluss.shared.CurrentActor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every {@link AuditRecord} into the audit log in the same transaction as the
 * change it describes, so the log never claims what did not happen and never misses what
 * did.
 */
@Service
public class AuditTrail {

	private static final int MAX_DETAIL = 2000;

	private final AuditEntries entries;

	private final Clock clock;

	AuditTrail(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void record(AuditRecord record) {
		String detail = record.detail();
		if (detail != null && detail.length() > MAX_DETAIL) {
			detail = detail.substring(0, MAX_DETAIL);
		}
		this.entries.save(new AuditEntry(record.applicationId(), this.clock.instant(), CurrentActor.name(),
				record.action(), record.statusBefore(), record.statusAfter(), detail));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> historyOf(Long applicationId) {
		return this.entries.findByApplicationIdOrderById(applicationId);
	}

}
