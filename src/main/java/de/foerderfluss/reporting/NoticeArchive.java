package de.foerderfluss.reporting;

import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.DocumentStore;
import de.foerderfluss.application.StoredFile;
import de.foerderfluss.proof.ProofService;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.Messages;
import de.foerderfluss.shared.NotFoundException;
import de.foerderfluss.reporting.events.NoticeIssued;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the notices of a case as PDF/A and archives them with the case, so that what the
 * carrier downloads later is exactly what was issued.
 */
@Service
@Transactional
public class NoticeArchive {

	private final CaseFactsLoader cases;

	private final NoticeLetters letters;

	private final ProofService proofs;

	private final DocumentStore documents;

	private final ApplicationLookup lookup;

	private final ApplicationEventPublisher events;

	NoticeArchive(CaseFactsLoader cases, NoticeLetters letters, ProofService proofs, DocumentStore documents,
			ApplicationLookup lookup, ApplicationEventPublisher events) {
		this.cases = cases;
		this.letters = letters;
		this.proofs = proofs;
		this.documents = documents;
		this.lookup = lookup;
		this.events = events;
	}

	/**
	 * Renders and archives the notice once: the engine runs this step in a job of its own
	 * after the decision committed, and a job that runs again finds the notice issued.
	 */
	public void issue(Long applicationId, DocumentKind kind) {
		if (this.documents.noticeIssued(applicationId, kind)) {
			return;
		}
		PdfDocument notice = render(applicationId, kind);
		this.documents.archiveNotice(applicationId, kind, notice.filename(), notice.content());
		this.events.publishEvent(new NoticeIssued(applicationId, kind));
	}

	/**
	 * The notice as issued, for those who may read notices
	 * ({@link DocumentKind#readers}): the carrier of the case, KI staff and finance.
	 */
	@Transactional(readOnly = true)
	public StoredFile issued(Actor actor, Long applicationId, DocumentKind kind) {
		if (!kind.readableBy(actor)) {
			throw new AccessDeniedException("Notices are read by the carrier, KI staff and finance");
		}
		this.lookup.visibleTo(actor, applicationId);
		return this.documents.latestNotice(applicationId, kind).orElseThrow(() -> new NotIssuedException(kind));
	}

	PdfDocument render(Long applicationId, DocumentKind kind) {
		CaseFacts facts = this.cases.load(applicationId);
		return switch (kind) {
			case APPROVAL_NOTICE -> this.letters.approval(facts);
			case REJECTION_NOTICE -> this.letters.rejection(facts);
			case CLAWBACK_NOTICE -> this.letters.clawback(facts,
					this.proofs.clawbackOf(applicationId).orElseThrow(() -> new NotIssuedException(kind)));
			case UPLOAD -> throw new IllegalArgumentException("Uploads are not issued");
		};
	}

	static final class NotIssuedException extends NotFoundException {

		NotIssuedException(DocumentKind kind) {
			super("error.document.not-issued", new Object[] { Messages.code("document-kind." + kind.name()) });
		}

	}

}
