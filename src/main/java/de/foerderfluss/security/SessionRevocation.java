package de.foerderfluss.security;

import de.foerderfluss.shared.CurrentActor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a person's sessions once a change of their access is committed, so that a disabled
 * person or a withdrawn role takes effect at once, not at the next sign-in.
 */
@Component
class SessionRevocation {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionRevocation(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void accessChanged(AccessChanged change) {
		// One's own session stays: the new roles apply from the next sign-in.
		if (change.username().equals(CurrentActor.name())) {
			return;
		}
		this.sessions.findByPrincipalName(change.username()).keySet().forEach(this.sessions::deleteById);
	}

}
