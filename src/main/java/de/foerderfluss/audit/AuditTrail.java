package de.foerderfluss.audit;

import java.time.Clock;
import java.util.List;

import de.foerderfluss.integrity.ChainHeads;
import de.foerderfluss.integrity.ChainKind;
import de.foerderfluss.shared.CurrentActor;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every {@link CaseHistoryEvent} into the audit log in the same transaction as the
 * change it describes, so the log never claims what did not happen and never misses what
 * did. Each case's log is a hash chain, appended under the lock of its head.
 */
@Service
public class AuditTrail {

	private static final int MAX_DETAIL = 2000;

	private final AuditEntries entries;

	private final ChainHeads chains;

	private final Clock clock;

	AuditTrail(AuditEntries entries, ChainHeads chains, Clock clock) {
		this.entries = entries;
		this.chains = chains;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void record(CaseHistoryEvent event) {
		String text = event.text();
		if (text != null && text.length() > MAX_DETAIL) {
			text = text.substring(0, MAX_DETAIL);
		}
		String detail = text;
		this.chains.append(ChainKind.AUDIT_LOG, event.applicationId(),
				(link) -> this.entries.save(new AuditEntry(event.applicationId(), event.action(), event.statusChange(),
						detail, event.values(), this.clock.instant(), CurrentActor.name(), link)),
				AuditEntry::getEntryHash);
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> historyOf(Long applicationId) {
		return this.entries.findByApplicationIdOrderById(applicationId);
	}

}
