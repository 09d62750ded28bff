package de.foerderfluss.application;

import java.time.Instant;
import java.time.LocalDate;

import de.foerderfluss.shared.StepNotAllowedException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How one notice reached the carrier: when it was made available in the carrier's
 * document list, when the carrier first opened it, and a lawsuit staff marked against it.
 */
@Entity
@Table(name = "notice_delivery")
public class NoticeDelivery {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long documentId;

	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private Instant providedAt;

	private Instant retrievedAt;

	private String retrievedBy;

	private LocalDate lawsuitFiledOn;

	private String lawsuitMarkedBy;

	private Instant lawsuitMarkedAt;

	protected NoticeDelivery() {
	}

	NoticeDelivery(Long documentId, Long applicationId, DocumentKind kind, Instant providedAt) {
		this.documentId = documentId;
		this.applicationId = applicationId;
		this.kind = kind;
		this.providedAt = providedAt;
	}

	/** Records the carrier's first opening; later ones change nothing. */
	boolean retrieve(Instant at, String username) {
		if (this.retrievedAt != null) {
			return false;
		}
		this.retrievedAt = at;
		this.retrievedBy = username;
		return true;
	}

	/**
	 * Makes the notice available anew after it was not opened in time: the window for
	 * retrieval starts again.
	 */
	void provideAgain(Instant at) {
		this.providedAt = at;
		this.retrievedAt = null;
		this.retrievedBy = null;
	}

	void markLawsuit(LocalDate filedOn, String username, Instant at) {
		if (!this.kind.isAdministrativeAct()) {
			throw new StepNotAllowedException("error.lawsuit.not-an-administrative-act");
		}
		this.lawsuitFiledOn = filedOn;
		this.lawsuitMarkedBy = username;
		this.lawsuitMarkedAt = at;
	}

	boolean clearLawsuit() {
		if (this.lawsuitFiledOn == null) {
			return false;
		}
		this.lawsuitFiledOn = null;
		this.lawsuitMarkedBy = null;
		this.lawsuitMarkedAt = null;
		return true;
	}

	public Long getDocumentId() {
		return this.documentId;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public DocumentKind getKind() {
		return this.kind;
	}

	public Instant getProvidedAt() {
		return this.providedAt;
	}

	public Instant getRetrievedAt() {
		return this.retrievedAt;
	}

	public String getRetrievedBy() {
		return this.retrievedBy;
	}

	public LocalDate getLawsuitFiledOn() {
		return this.lawsuitFiledOn;
	}

	public String getLawsuitMarkedBy() {
		return this.lawsuitMarkedBy;
	}

}
