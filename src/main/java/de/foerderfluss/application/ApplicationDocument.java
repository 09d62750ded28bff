package de.foerderfluss.application;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** The description of a stored file; its bytes live in {@link DocumentContent}. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Immutable
@Table(name = "document")
public class ApplicationDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private String filename;

	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	@CreatedDate
	private Instant uploadedAt;

	@CreatedBy
	private String uploadedBy;

	protected ApplicationDocument() {
	}

	ApplicationDocument(Long applicationId, DocumentKind kind, String filename, String contentType, long size) {
		this.applicationId = applicationId;
		this.kind = kind;
		this.filename = filename;
		this.contentType = contentType;
		this.size = size;
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public DocumentKind getKind() {
		return this.kind;
	}

	public String getFilename() {
		return this.filename;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSize() {
		return this.size;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

}
