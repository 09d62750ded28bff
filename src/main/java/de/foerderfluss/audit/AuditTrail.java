package de.foerderfluss.audit;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every {@link CaseHistoryEvent} into the audit log in the same transaction as the
 * change it describes, so the log never claims what did not happen and never misses what
 * did.
 */
@Service
public class AuditTrail {

	private static final int MAX_DETAIL = 2000;

	private final AuditEntries entries;

	AuditTrail(AuditEntries entries) {
		this.entries = entries;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void record(CaseHistoryEvent event) {
		String text = event.text();
		if (text != null && text.length() > MAX_DETAIL) {
			text = text.substring(0, MAX_DETAIL);
		}
		this.entries
			.save(new AuditEntry(event.applicationId(), event.action(), event.statusChange(), text, event.values()));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> historyOf(Long applicationId) {
		return this.entries.findByApplicationIdOrderById(applicationId);
	}

}
