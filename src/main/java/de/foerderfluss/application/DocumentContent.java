package de.foerderfluss.application;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The bytes of a stored document, kept apart so that listing documents does not load
 * them.
 */
@Entity
@Immutable
@Table(name = "document_content")
class DocumentContent {

	@Id
	private Long documentId;

	private byte[] content;

	protected DocumentContent() {
	}

	DocumentContent(Long documentId, byte[] content) {
		this.documentId = documentId;
		this.content = content.clone();
	}

	byte[] getContent() {
		return this.content.clone();
	}

}
