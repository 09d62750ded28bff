package de.foerderfluss.reporting;

import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.review.events.EarlyStartDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issues the letter on an early start in the transaction of the decision, so that the
 * decision and its letter are stored together or not at all.
 */
@Component
class EarlyStartLetterIssuer {

	private final NoticeArchive archive;

	EarlyStartLetterIssuer(NoticeArchive archive) {
		this.archive = archive;
	}

	@EventListener
	void on(EarlyStartDecided decided) {
		this.archive.issue(decided.applicationId(), DocumentKind.EARLY_START_LETTER);
	}

}
