package de.foerderfluss.application;

import java.util.List;

import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.ControlCharacters;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Messages;
import de.foerderfluss.shared.NotFoundException;
import de.foerderfluss.shared.StepNotAllowedException;
import org.apache.tika.Tika;
import de.foerderfluss.application.events.DocumentUploaded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores the carrier's uploads and the notices the authority issues. */
@Service
@Transactional
public class DocumentStore {

	private static final Tika TYPE_DETECTOR = new Tika();

	/** The longest file name taken, as the database keeps it. */
	static final int MAX_NAME_LENGTH = 255;

	private final ApplicationLookup lookup;

	private final ApplicationDocuments documents;

	private final DocumentContents contents;

	private final DocumentProperties properties;

	private final ApplicationEventPublisher events;

	private final NoticeDeliveryService deliveries;

	DocumentStore(ApplicationLookup lookup, ApplicationDocuments documents, DocumentContents contents,
			DocumentProperties properties, ApplicationEventPublisher events, NoticeDeliveryService deliveries) {
		this.deliveries = deliveries;
		this.lookup = lookup;
		this.documents = documents;
		this.contents = contents;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * Accepts PDF, JPEG or PNG up to the size limit, judged by content rather than by
	 * name.
	 */
	@PreAuthorize("hasRole('CARRIER')")
	public ApplicationDocument upload(Long applicationId, String filename, byte[] content) {
		Application application = this.lookup.visibleTo(Actor.current(), applicationId);
		if (application.getStatus().isFinal()) {
			throw new StepNotAllowedException("error.step-not-allowed", Messages.code("step.upload"),
					Messages.code("status." + application.getStatus().name()));
		}
		ApplicationDocument document = storeFromCarrier(application, DocumentKind.UPLOAD, filename, content);
		this.events.publishEvent(new DocumentUploaded(application.getId(), document.getFilename()));
		return document;
	}

	/**
	 * Stores a file the carrier sent in, PDF, JPEG or PNG up to the size limit, judged by
	 * content rather than by name.
	 */
	ApplicationDocument storeFromCarrier(Application application, DocumentKind kind, String filename, byte[] content) {
		if (filename != null && filename.length() > MAX_NAME_LENGTH) {
			throw new InvalidInputException("file", "error.document.name-too-long");
		}
		if (ControlCharacters.in(filename)) {
			throw new InvalidInputException("file", "error.document.name-invalid");
		}
		if (content.length == 0) {
			throw new InvalidInputException("file", "error.document.empty");
		}
		if (content.length > this.properties.maxSize().toBytes()) {
			throw new InvalidInputException("file", "error.document.too-large",
					this.properties.maxSize().toMegabytes());
		}
		String type = TYPE_DETECTOR.detect(content);
		if (!this.properties.allowedTypes().contains(type)) {
			throw new InvalidInputException("file", "error.document.type", type);
		}
		return store(application.getId(), kind, safeName(filename), type, content);
	}

	/**
	 * Archives a notice the authority issued, so that exactly what was sent can be shown
	 * again.
	 */
	public ApplicationDocument archiveNotice(Long applicationId, DocumentKind kind, String filename, byte[] pdf) {
		ApplicationDocument notice = store(applicationId, kind, filename, "application/pdf", pdf);
		this.deliveries.provided(notice);
		return notice;
	}

	/** The case's documents the person may read. */
	@Transactional(readOnly = true)
	public List<ApplicationDocument> listFor(Actor actor, Long applicationId) {
		this.lookup.visibleTo(actor, applicationId);
		return this.documents.findByApplicationIdOrderById(applicationId)
			.stream()
			.filter((document) -> document.getKind().readableBy(actor))
			.toList();
	}

	/**
	 * One of the carrier's uploads; the role is checked before anything is looked up.
	 * Notices are read as issued, by kind.
	 */
	@Transactional(readOnly = true)
	public StoredFile download(Actor actor, Long documentId) {
		if (!DocumentKind.UPLOAD.readableBy(actor)) {
			throw new AccessDeniedException("Uploads are read by the carrier and KI staff");
		}
		ApplicationDocument document = this.documents.findById(documentId)
			.filter((found) -> !found.getKind().isIssued() && found.getKind().readableBy(actor))
			.orElseThrow(() -> new NotFoundException("document", documentId));
		try {
			this.lookup.visibleTo(actor, document.getApplicationId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("document", documentId);
		}
		return new StoredFile(document, content(document));
	}

	/** The latest archived notice of the kind, if one was issued. */
	@Transactional(readOnly = true)
	/** Whether a notice of this kind was issued for the application. */
	public boolean noticeIssued(Long applicationId, DocumentKind kind) {
		return this.documents.existsByApplicationIdAndKind(applicationId, kind);
	}

	public java.util.Optional<StoredFile> latestNotice(Long applicationId, DocumentKind kind) {
		return this.documents.findFirstByApplicationIdAndKindOrderByIdDesc(applicationId, kind)
			.map((document) -> new StoredFile(document, content(document)));
	}

	private ApplicationDocument store(Long applicationId, DocumentKind kind, String filename, String type,
			byte[] content) {
		ApplicationDocument document = this.documents
			.save(new ApplicationDocument(applicationId, kind, filename, type, content.length));
		this.contents.save(new DocumentContent(document.getId(), content));
		return document;
	}

	private byte[] content(ApplicationDocument document) {
		return this.contents.findById(document.getId())
			.map(DocumentContent::getContent)
			.orElseThrow(() -> new NotFoundException("document", document.getId()));
	}

	private static String safeName(String filename) {
		String name = (filename != null) ? filename.replaceAll("^.*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._ -]", "_")
				: "";
		if (name.isBlank()) {
			return "dokument";
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

}
