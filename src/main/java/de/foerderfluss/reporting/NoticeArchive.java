package de.foerderfluss.reporting;

import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.DocumentStore;
import de.foerderfluss.application.NoticeDeliveryService;
import de.foerderfluss.application.StoredFile;
import de.foerderfluss.proof.HearingService;
import de.foerderfluss.proof.InterestService;
import de.foerderfluss.proof.ProofQueries;
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

	private final HearingService hearings;

	private final InterestService interest;

	private final ProofQueries queries;

	private final InterestNotices interestNotices;

	private final DocumentStore documents;

	private final ApplicationLookup lookup;

	private final ApplicationEventPublisher events;

	private final NoticeDeliveryService deliveries;

	private final EarlyStartLetters earlyStart;

	NoticeArchive(CaseFactsLoader cases, NoticeLetters letters, ProofService proofs, HearingService hearings,
			InterestService interest, ProofQueries queries, InterestNotices interestNotices, DocumentStore documents,
			ApplicationLookup lookup, ApplicationEventPublisher events, NoticeDeliveryService deliveries,
			EarlyStartLetters earlyStart) {
		this.deliveries = deliveries;
		this.earlyStart = earlyStart;
		this.hearings = hearings;
		this.interest = interest;
		this.queries = queries;
		this.interestNotices = interestNotices;
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
	public StoredFile issued(Actor actor, Long applicationId, DocumentKind kind) {
		if (!kind.readableBy(actor)) {
			throw new AccessDeniedException("Notices are read by the carrier, KI staff and finance");
		}
		this.lookup.visibleTo(actor, applicationId);
		StoredFile notice = this.documents.latestNotice(applicationId, kind)
			.orElseThrow(() -> new NotIssuedException(kind));
		// The carrier's first opening delivers the notice (README: "Delivery of
		// notices").
		this.deliveries.opened(actor, notice.document());
		return notice;
	}

	PdfDocument render(Long applicationId, DocumentKind kind) {
		CaseFacts facts = this.cases.load(applicationId);
		return switch (kind) {
			case APPROVAL_NOTICE -> this.letters.approval(facts);
			case REJECTION_NOTICE -> this.letters.rejection(facts);
			case CLAWBACK_NOTICE -> this.letters.clawback(facts,
					this.proofs.clawbackOf(applicationId).orElseThrow(() -> new NotIssuedException(kind)),
					this.hearings.hearingOf(applicationId).orElseThrow(() -> new NotIssuedException(kind)),
					hearingLetterDate(applicationId));
			case HEARING_LETTER -> this.letters.hearing(facts,
					this.hearings.hearingOf(applicationId).orElseThrow(() -> new NotIssuedException(kind)));
			case EARLY_START_LETTER -> this.earlyStart.letter(facts);
			case FORWARDING_CONTRACT -> this.letters.contract(facts);
			case CONTRACT_LAPSE_NOTICE -> this.letters.contractLapse(facts,
					this.documents.latestNotice(applicationId, DocumentKind.FORWARDING_CONTRACT)
						.map((contract) -> contract.document().getUploadedAt())
						.orElseThrow(() -> new NotIssuedException(DocumentKind.FORWARDING_CONTRACT)));
			case INTEREST_NOTICE -> this.interestNotices.interest(facts,
					this.proofs.clawbackOf(applicationId).orElseThrow(() -> new NotIssuedException(kind)),
					this.interest.claimOf(applicationId).orElseThrow(() -> new NotIssuedException(kind)),
					this.queries.repaymentsOf(applicationId));
			case UPLOAD, SIGNED_CONTRACT -> throw new IllegalArgumentException("What the carrier sends is not issued");
		};
	}

	/** The day the hearing letter was issued, as archived. */
	private java.time.Instant hearingLetterDate(Long applicationId) {
		return this.documents.latestNotice(applicationId, DocumentKind.HEARING_LETTER)
			.map((letter) -> letter.document().getUploadedAt())
			.orElseThrow(() -> new NotIssuedException(DocumentKind.HEARING_LETTER));
	}

	static final class NotIssuedException extends NotFoundException {

		NotIssuedException(DocumentKind kind) {
			super("error.document.not-issued", new Object[] { Messages.code("document-kind." + kind.name()) });
		}

	}

}
